import Foundation
import Reports
import ThresholdEngine

/// What `assess --explain` adds under the checklist: each escalation that is required or to
/// consult with its reasons and sources, what is not required, and what to find out next.
struct DecisionReasons {
    let decision: Decision
    let style: Style

    var text: String {
        let escalations = decision.escalations
        let policy = decision.policy
        var lines = [style.bold("Reasons:")]
        let required = escalations.filter { $0.status == .required }
        let consult = escalations.filter { $0.status == .consult }
        let notRequired = escalations.filter { $0.status == .notRequired }
        for item in required {
            lines.append(style.wrap("[ ] \(item.escalation.label) — \(item.escalation.who) — \(due(item))", hanging: 4))
            // Rules still unknown cannot weaken a required escalation; they can only bring it forward.
            lines += reasons(item.rules.filter { $0.truth == .true })
            let sooner = item.rules.filter { rule in rule.truth == .unknown && item.deadline.map { rule.deadline < $0 } ?? false }
            if !sooner.isEmpty {
                let facts = Array(Set(sooner.flatMap(\.findOut))).sorted { order($0) < order($1) }
                let soonest = sooner.map(\.deadline).min() ?? .immediately
                lines.append(style.wrap("Could be due \(Self.phrase(soonest)) — find out: \(facts.joined(separator: ", "))", indent: 4, hanging: 2))
            }
        }
        for item in consult {
            let findOut = item.findOut.isEmpty ? "" : " — find out: " + item.findOut.joined(separator: ", ")
            lines.append(style.wrap(style.amber("Consider: ") + "\(item.escalation.label) — \(item.escalation.who) — \(due(item))\(findOut)", hanging: 4))
            lines += reasons(item.rules)
        }
        if required.isEmpty && consult.isEmpty { lines.append(style.wrap("No rule asks for anything on what is known.", indent: 2)) }
        if !notRequired.isEmpty {
            lines += ["", style.bold("Not required now:")]
            lines += notRequired.map { style.dim(style.wrap("- \($0.escalation.label)", indent: 2, hanging: 2)) }
        }
        let missing = decision.missingFacts
        if !missing.isEmpty {
            lines += ["", style.bold("Find out next:")]
            for id in missing {
                let question = policy.schema[id]?.question ?? ""
                lines.append(style.wrap("- \(id)" + (question.isEmpty ? "" : ": \(question)"), indent: 2, hanging: 2))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Each rule's reason and source, under its escalation.
    private func reasons(_ rules: [FiredRule]) -> [String] {
        rules.flatMap { rule in
            let lead = rule.truth == .unknown ? "If \(rule.findOut.joined(separator: " or ")) were so: " : ""
            return [
                style.wrap("- \(lead)\(rule.because) [\(rule.id)]", indent: 4, hanging: 2),
                style.dim(style.wrap("Source: \(rule.source)", indent: 6, hanging: 2)),
            ]
        }
    }

    /// A fact's place in the schema, to list facts in the order `assess` asks about them.
    private func order(_ id: String) -> Int { decision.policy.schema.slot(of: id) ?? .max }

    /// "by <time> (in 23 h 30 min)", or "without delay".
    private func due(_ item: EscalationDecision) -> String {
        guard let due = item.due else { return "without delay" }
        return "by \(ActionChecklistText.time(due)) (\(ActionChecklist.Due.relative(due.timeIntervalSince(decision.clock))))"
    }

    /// "immediately", "without delay", "within 24 h".
    static func phrase(_ deadline: Deadline) -> String {
        switch deadline {
        case .immediately: "immediately"
        case .withoutDelay: "without delay"
        case .hours(let hours): "within \(hours) h"
        }
    }
}
