import Foundation
import Reports
import ThresholdEngine

/// The end of a phone interview: what must be done (who, how, by when), then what to weigh up with
/// the one thing to find out for each, then the answers it rests on.
enum ChecklistPage {
    static func html(_ decision: Decision, answers: [InterviewProgress.Answer], action: String) -> String {
        let policy = decision.policy
        let checklist = ActionChecklist(decision)
        var main = "<h1>What to do now</h1>\n"
        main += #"<p class="hint">Decided \#(HTML.escape(LocalTime.text(decision.clock))) by \#(HTML.escape(checklist.policyTitle)) (version \#(HTML.escape(checklist.policyVersion))).</p>"# + "\n"
        if checklist.actions.isEmpty && checklist.consults.isEmpty {
            main += "<p>Nothing is required on what you have said. If anything changes, start again.</p>\n"
        }
        if !checklist.actions.isEmpty {
            main += "<h2>Do now: \(checklist.actions.count) required</h2>\n<ol class=\"checklist required\">\n"
            for action in checklist.actions {
                main += "<li><span class=\"what\">\(HTML.escape(action.label))</span>"
                main += "<span class=\"when\">\(HTML.escape(due(action.due)))</span>"
                main += details(who: action.who, how: action.how) + "</li>\n"
            }
            main += "</ol>\n"
        }
        if !checklist.consults.isEmpty {
            main += "<h2>Consult: \(checklist.consults.count) to weigh up</h2>\n<ul class=\"checklist consult\">\n"
            for consult in checklist.consults {
                main += "<li><span class=\"what\">\(HTML.escape(consult.label))</span>" + details(who: consult.who, how: "")
                if let settle = consult.settle {
                    main += "<p>Find out: \(HTML.escape(settle.question.isEmpty ? settle.id : settle.question))</p>"
                } else {
                    main += "<p>No one answer settles it: use your judgement.</p>"
                }
                main += "</li>\n"
            }
            main += "</ul>\n"
        }
        if !checklist.notRequired.isEmpty {
            main += "<h2>Not needed on what is known</h2>\n<p>\(HTML.escape(checklist.notRequired.joined(separator: "; ")))</p>\n"
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

    private static func details(who: String, how: String) -> String {
        var text = "<span class=\"who\">Who: \(HTML.escape(who))</span>"
        if !how.isEmpty { text += "<span class=\"how\">How: \(HTML.escape(how))</span>" }
        return text
    }

    /// By when, in local time: "Now", "Without delay", or "By Fri 4 Dec 2026, 02:10 GMT (within 24 hours, in 47 min)".
    private static func due(_ due: ActionChecklist.Due) -> String {
        switch due {
        case .now: "Now"
        case .withoutDelay: "Without delay"
        case .by(let date, let hours, let left):
            "By \(LocalTime.text(date)) (within \(hours) hours of becoming aware; \(ActionChecklist.Due.relative(left)))"
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
