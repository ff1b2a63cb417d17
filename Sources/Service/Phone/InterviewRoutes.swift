import Foundation
import Hummingbird
import ThresholdEngine

/// The phone page: `GET /` starts, `POST /interview` opens an interview, and each
/// `GET /interview/{id}` shows the next question (or, at the end, the checklist) that
/// `POST /interview/{id}` answers, then redirects back (POST/redirect/GET).
struct InterviewRoutes: Sendable {
    let policy: Policy
    let sessions: InterviewSessions
    let bodyLimit: Int

    func start() -> Response {
        let main = """
            <h1>Decide who to tell about an incident</h1>
            <p>Answer one question at a time. Choose <strong>Not known</strong> when you do not know: the \
            checklist will say what to find out. You can go back at every question.</p>
            <p>At the end you get a checklist: what is required, who does it, how and by when, then what \
            to weigh up.</p>
            <form method="post" action="/interview"><div class="actions">\
            <button type="submit" class="primary">Start</button></div></form>
            """
        return HTML.response(HTML.page(title: "Decide who to tell", main: main))
    }

    func open() async -> Response {
        HTML.redirect(to: "/interview/" + (await sessions.start()))
    }

    func show(_ id: String) async -> Response {
        guard let progress = await sessions.progress(id) else { return expired() }
        let clock = Date()
        let interview = progress.interview(policy: policy)
        let action = "/interview/" + id
        guard let question = interview.nextQuestion(at: clock) else {
            let decision = policy.decide(interview.facts, at: clock)
            return HTML.response(ChecklistPage.html(decision, answers: progress.answers, action: action))
        }
        let rejection = progress.rejection?.fact == question.id ? progress.rejection?.allowed : nil
        return HTML.response(QuestionPage.html(
            question, number: progress.answers.count + 1, action: action, rejection: rejection, canGoBack: !progress.answers.isEmpty))
    }

    func answer(_ id: String, request: Request) async throws(APIError) -> Response {
        guard var progress = await sessions.progress(id) else { return expired() }
        let form = FormBody(try await request.collectedBody(limit: bodyLimit))
        let here = HTML.redirect(to: "/interview/" + id)
        if form["action"] == "back" {
            progress.back()
            await sessions.update(id, to: progress)
            return here
        }
        // A stale form (the browser's back button, a double tap) answers nothing: show what is asked now.
        let clock = Date()
        guard let question = progress.interview(policy: policy).nextQuestion(at: clock), form["fact"] == question.id else { return here }
        switch form["action"] {
        case "skip":
            progress.answer(question.id, with: nil)
        case "now":
            progress.answer(question.id, with: .datetime(clock))
        default:
            let typed = form.all("answer").joined(separator: ", ")
            if typed.trimmingCharacters(in: .whitespaces).isEmpty {
                progress.rejection = .init(fact: question.id, allowed: "Choose or type an answer, or choose Not known.")
            } else {
                switch FactAnswer.read(typed, for: question, now: clock) {
                case .success(let value): progress.answer(question.id, with: value)
                case .failure(let rejection): progress.rejection = .init(fact: question.id, allowed: Self.sentence(rejection.allowed))
                }
            }
        }
        await sessions.update(id, to: progress)
        return here
    }

    private func expired() -> Response {
        let main = """
            <h1>This interview has ended</h1>
            <p>Interviews are kept for a few hours and never written down. Nothing you entered is stored.</p>
            <p><a class="button primary" href="/">Start again</a></p>
            """
        return HTML.response(HTML.page(title: "Interview ended", main: main), status: .notFound)
    }

    private static func sentence(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst() + "."
    }
}
