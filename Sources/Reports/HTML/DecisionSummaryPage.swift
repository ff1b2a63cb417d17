import Foundation
import ThresholdEngine

/// A live decision for the case file: one self-contained, printable page (inline style, no
/// scripts, nothing loaded from outside) with the checklist first, then the reasons and sources
/// for each escalation, then the facts it rests on. It holds personal data about the incident.
public struct DecisionSummaryPage {
    public var decision: Decision
    /// Who made the decision; nil when it was not recorded.
    public var recorder: String?
    /// The record's id in the store; nil when it was not recorded.
    public var recordID: String?
    /// Local time as the page shows it.
    public var time: (Date) -> String

    public init(decision: Decision, recorder: String?, recordID: String?, time: @escaping (Date) -> String) {
        self.decision = decision
        self.recorder = recorder
        self.recordID = recordID
        self.time = time
    }

    /// The whole page.
    public var html: String {
        let checklist = ActionChecklist(decision)
        let title = "Safeguarding decision, \(time(checklist.decidedAt))"
        var made = "Decided \(time(checklist.decidedAt))"
        if let recorder { made += " by \(recorder)" }
        made += " with \(checklist.policyTitle) (\(checklist.policyID) \(checklist.policyVersion), sha256 \(decision.policy.sha256.prefix(12)))."
        let kept = recordID.map { "Kept in the records as decision \($0) (in the integrity chain)." } ?? "Not kept in the records."
        let aware = checklist.awareAt.map { "Times count from \(time($0)), when staff first knew." }
            ?? "When staff first knew is not known: times count from the decision."
        return """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>\(HTMLText.escaped(title))</title>
            <style>
            \(ReportStyleSheet.css)
            .checklist li { margin: .5rem 0; }
            .checklist .what { font-weight: 600; }
            </style>
            </head>
            <body>
            <header class="notice" role="note" aria-label="About this page">
            <h1>\(HTMLText.escaped(title))</h1>
            <p><strong>Confidential: personal data about an incident.</strong> Keep it with the case file; share it only with people entitled to see it.</p>
            <p>\(HTMLText.escaped(made)) \(HTMLText.escaped(kept)) \(HTMLText.escaped(aware))</p>
            </header>
            <main>
            \(actions(checklist))\(consults(checklist))\(reasons())\(facts())
            </main>
            </body>
            </html>

            """
    }

    private func actions(_ checklist: ActionChecklist) -> String {
        guard !checklist.actions.isEmpty else {
            return ReportPage.section("actions", "Required", "<p>Nothing is required on what was known.</p>")
        }
        let items = checklist.actions.map { action in
            "<li><span class=\"what\">\(HTMLText.escaped(action.label))</span>, \(HTMLText.escaped(action.due.text(time: time)))"
                + "<br>Who: \(HTMLText.escaped(action.who))"
                + (action.how.isEmpty ? "" : "<br>How: \(HTMLText.escaped(action.how))") + "</li>"
        }
        return ReportPage.section("actions", "Required (\(checklist.actions.count))", "<ol class=\"checklist\">\(items.joined())</ol>")
    }

    private func consults(_ checklist: ActionChecklist) -> String {
        guard !checklist.consults.isEmpty else { return "" }
        let items = checklist.consults.map { consult in
            let ask = consult.settle.map { "The question that settles it: " + ($0.question.isEmpty ? $0.id : $0.question) } ?? "No one answer settles it."
            return "<li><span class=\"what\">\(HTMLText.escaped(consult.label))</span> (\(HTMLText.escaped(consult.who)))<br>\(HTMLText.escaped(ask))</li>"
        }
        return ReportPage.section("consult", "To consult on (\(checklist.consults.count))", "<ul class=\"checklist\">\(items.joined())</ul>")
    }

    private func reasons() -> String {
        let rows = decision.escalations.filter { $0.status != .notRequired }.flatMap { item in
            item.rules.map { rule in
                let why = rule.truth == .true ? rule.because : "If \(rule.findOut.joined(separator: " or ")) were so: \(rule.because)"
                return "<tr><td>\(HTMLText.escaped(item.escalation.label))</td><td>\(HTMLText.escaped(item.status.rawValue))</td>"
                    + "<td class=\"text\">\(HTMLText.escaped(why)) <small class=\"id\">\(HTMLText.escaped(rule.id))</small></td>"
                    + "<td class=\"text\">\(HTMLText.escaped(rule.source))</td></tr>"
            }
        }
        let others = decision.escalations.filter { $0.status == .notRequired }.map(\.escalation.label)
        var content = rows.isEmpty ? "<p>No rule fired.</p>" : """
            <table><thead><tr><th>Escalation</th><th>Status</th><th>Because</th><th>Source</th></tr></thead><tbody>\(rows.joined())</tbody></table>
            """
        if !others.isEmpty { content += "<p>Not required on what was known: \(HTMLText.escaped(others.joined(separator: "; ")))</p>" }
        return ReportPage.section("reasons", "Reasons and sources", content)
    }

    private func facts() -> String {
        let rows = decision.policy.schema.definitions.enumerated().compactMap { slot, definition -> String? in
            guard let value = decision.facts.values[slot] else { return nil }
            var text = value.text
            if case .datetime(let date) = value { text = time(date) }
            let question = definition.question.isEmpty ? definition.id : definition.question
            return "<tr><td>\(HTMLText.escaped(question)) <small class=\"id\">\(HTMLText.escaped(definition.id))</small></td><td>\(HTMLText.escaped(text))</td></tr>"
        }
        let content = rows.isEmpty ? "<p>Nothing was known.</p>" : "<table><thead><tr><th>Fact</th><th>Answer</th></tr></thead><tbody>\(rows.joined())</tbody></table>"
        let missing = decision.missingFacts
        let findOut = missing.isEmpty ? "" : "<p>Still to find out: \(HTMLText.escaped(missing.joined(separator: ", ")))</p>"
        return ReportPage.section("facts", "What was known", content + findOut)
    }
}
