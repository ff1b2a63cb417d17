import Foundation
import Reports
import ThresholdEngine

/// The checklist `assess` ends with, sized for an 80x24 terminal: what to do (who, how, by when),
/// then what to consult on with the one question that would settle each. Who and how are cut to
/// one line each; `--explain` and `why CHANNEL` give everything.
struct ActionChecklistText {
    let checklist: ActionChecklist
    let style: Style

    var text: String {
        var lines = [style.bold(checklist.policyTitle) + style.dim(" — decided \(Self.time(checklist.decidedAt))")]
        if let awareAt = checklist.awareAt {
            lines.append(style.dim(style.wrap("Times count from \(Self.time(awareAt)), when staff first knew.")))
        } else {
            lines.append(style.wrap("When staff first knew (aware_at) is not known: times count from now. Find out and decide again."))
        }
        if checklist.actions.isEmpty && checklist.consults.isEmpty {
            lines += ["", style.wrap("Nothing is required on what is known. If anything changes, decide again.")]
        }
        if !checklist.actions.isEmpty {
            lines += ["", style.bold("Do now (\(checklist.actions.count) required):")]
            for action in checklist.actions {
                lines.append(style.wrap("[ ] \(action.label) — \(action.due.text(time: Self.time))", hanging: 4))
                lines.append(style.clip("Who: " + action.who, indent: 4))
                if !action.how.isEmpty { lines.append(style.clip("How: " + action.how, indent: 4)) }
            }
        }
        if !checklist.consults.isEmpty {
            lines += ["", style.bold("Consult (\(checklist.consults.count)), and the question that settles each:")]
            for consult in checklist.consults {
                lines.append(style.clip("[?] \(consult.label) — \(consult.who)", indent: 0))
                let ask = consult.settle.map { "Ask: " + ($0.question.isEmpty ? $0.id : $0.question) } ?? "No one answer settles it: use your judgement."
                lines.append(style.clip(ask, indent: 4))
            }
        }
        let others = checklist.notRequired.count
        lines += ["", style.dim(style.wrap((others == 0 ? "" : "Not needed now: \(others) more. ") + "Reasons and sources: why CHANNEL, or assess --explain."))]
        return lines.joined(separator: "\n")
    }

    /// Local time, as a person reads it: `Sat 14 Mar 2026 02:10 GMT`.
    static func time(_ date: Date) -> String { IncidentTime.display(date) }
}
