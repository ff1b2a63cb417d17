import Foundation
import ThresholdEngine

/// The end of a phone interview: what must be done (who, how, by when), then what to weigh up with
/// the one thing to find out for each, then the answers it rests on.
enum ChecklistPage {
    static func html(_ decision: Decision, answers: [InterviewProgress.Answer], action: String) -> String {
        let policy = decision.policy
        let escalations = decision.escalations
        let required = escalations.filter { $0.status == .required }
        let consult = escalations.filter { $0.status == .consult }
        let others = escalations.filter { $0.status == .notRequired }
        var main = "<h1>What to do now</h1>\n"
        main += #"<p class="hint">Decided \#(HTML.escape(LocalTime.text(decision.clock))) by \#(HTML.escape(policy.title.isEmpty ? policy.id : policy.title)) (version \#(HTML.escape(policy.version))).</p>"# + "\n"
        if required.isEmpty && consult.isEmpty {
            main += "<p>Nothing is required on what you have said. If anything changes, start again.</p>\n"
        }
        if !required.isEmpty {
            main += "<h2>Do now: \(required.count) required</h2>\n<ol class=\"checklist required\">\n"
            for item in required {
                main += "<li><span class=\"what\">\(HTML.escape(item.escalation.label))</span>"
                main += "<span class=\"when\">\(HTML.escape(due(item, from: decision)))</span>"
                main += details(item.escalation) + "</li>\n"
            }
            main += "</ol>\n"
        }
        if !consult.isEmpty {
            main += "<h2>Consult: \(consult.count) to weigh up</h2>\n<ul class=\"checklist consult\">\n"
            for item in consult {
                main += "<li><span class=\"what\">\(HTML.escape(item.escalation.label))</span>" + details(item.escalation)
                let questions = item.findOut.compactMap { policy.schema[$0]?.question }
                if questions.isEmpty {
                    let reasons = item.rules.filter { $0.truth == .true }.map(\.because)
                    if !reasons.isEmpty { main += "<p>Why: \(HTML.escape(reasons.joined(separator: " ")))</p>" }
                } else {
                    main += "<p>Find out: \(HTML.escape(questions.joined(separator: " ")))</p>"
                }
                main += "</li>\n"
            }
            main += "</ul>\n"
        }
        if !others.isEmpty {
            main += "<h2>Not needed on what is known</h2>\n<p>\(HTML.escape(others.map(\.escalation.label).joined(separator: "; ")))</p>\n"
        }
        main += "<h2>Your answers</h2>\n<dl class=\"answers\">\n"
        for answer in answers {
            let question = policy.schema[answer.fact]?.question ?? answer.fact
            let value = answer.value.map(words) ?? "Not known"
            main += "<dt>\(HTML.escape(question))</dt><dd>\(HTML.escape(value))</dd>\n"
        }
        main += "</dl>\n"
        main += #"<form method="post" action="\#(HTML.escape(action))"><div class="actions">"#
        main += #"<button type="submit" class="secondary" name="action" value="back">Change the last answer</button>"#
        main += #"<a class="button link" href="/">Start again</a></div></form>"#
        return HTML.page(title: "What to do now", main: main)
    }

    private static func details(_ escalation: Escalation) -> String {
        var text = "<span class=\"who\">Who: \(HTML.escape(escalation.who))</span>"
        if !escalation.how.isEmpty { text += "<span class=\"how\">How: \(HTML.escape(escalation.how))</span>" }
        return text
    }

    /// By when, in local time: "Now", "Without delay", or "By Fri 4 Dec 2026, 02:10 GMT (within 24h)".
    private static func due(_ item: EscalationDecision, from decision: Decision) -> String {
        switch item.deadline {
        case .immediately?: "Now"
        case .withoutDelay?, nil: "Without delay"
        case .hours(let hours)?:
            item.due.map { "By \(LocalTime.text($0)) (within \(hours) hours of becoming aware)" } ?? "Within \(hours) hours"
        }
    }

    private static func words(_ value: FactValue) -> String {
        switch value {
        case .bool(let flag): flag ? "Yes" : "No"
        case .word(let word): QuestionPage.words(word)
        case .set(let members): members.isEmpty ? "None" : members.sorted().map(QuestionPage.words).joined(separator: ", ")
        case .datetime(let date): LocalTime.text(date)
        case .number: value.text
        }
    }
}
