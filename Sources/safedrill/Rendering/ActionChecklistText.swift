import Foundation
import Reports
import ThresholdEngine

/// The checklist `assess` ends with, sized for an 80x24 terminal: what to do (by when, who, how),
/// then what to consult on, grouped under the one question that would settle them. Times after the
/// heading are short (`02:10`, or `Sun 15 Mar 02:10` on another day) in the heading's time zone;
/// who and how are cut to one line each; `--explain` and `why CHANNEL` give everything.
struct ActionChecklistText {
    let checklist: ActionChecklist
    let style: Style
    var timeZone: TimeZone = .current

    var text: String {
        var lines: [String]
        let decided = IncidentTime.display(checklist.decidedAt, timeZone: timeZone)
        if let awareAt = checklist.awareAt {
            lines = [style.bold("What to do now") + style.dim(" (\(decided); staff knew at \(short(awareAt)))")]
        } else {
            lines = [
                style.bold("What to do now") + style.dim(" (\(decided))"),
                style.wrap("When staff first knew (aware_at) is not known: times count from now. Find out and decide again."),
            ]
        }
        if checklist.actions.isEmpty && checklist.consults.isEmpty {
            lines += ["", style.wrap("Nothing is required on what is known. If anything changes, decide again.")]
        }
        if !checklist.actions.isEmpty {
            lines += ["", style.bold("Do now (\(checklist.actions.count) required):")]
            for action in checklist.actions {
                lines.append(style.clip("[ ] \(action.label)", indent: 0))
                lines.append(style.clip(action.due.text(time: short) + " · " + action.who, indent: 4))
                if !action.how.isEmpty { lines.append(style.clip("How: " + action.how, indent: 4)) }
            }
        }
        if !checklist.consults.isEmpty {
            lines += ["", style.bold("Consult (\(checklist.consults.count)), and the question that settles each:")]
            for group in groups {
                lines += group.consults.map { style.clip("[?] \($0.label)", indent: 0) }
                let ask = group.settle.map { "Ask: " + ($0.question.isEmpty ? $0.id : $0.question) } ?? "No one answer settles it: use your judgement."
                lines.append(style.wrap(ask, indent: 4, hanging: 5))
            }
        }
        let others = checklist.notRequired.isEmpty ? "" : "Not needed now: \(checklist.notRequired.count) more. "
        lines += ["", style.dim(style.wrap(others + "Reasons and sources: why CHANNEL, or assess --explain."))]
        return lines.joined(separator: "\n")
    }

    /// Consults that the same question settles, together, in the order of their first member.
    private var groups: [(settle: FactDefinition?, consults: [ActionChecklist.Consult])] {
        var groups: [(settle: FactDefinition?, consults: [ActionChecklist.Consult])] = []
        for consult in checklist.consults {
            if let settle = consult.settle, let index = groups.firstIndex(where: { $0.settle == settle }) {
                groups[index].consults.append(consult)
            } else {
                groups.append((consult.settle, [consult]))
            }
        }
        return groups
    }

    /// `02:10` on the day of the decision, else `Sun 15 Mar 02:10`, in the heading's zone.
    private func short(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = calendar.isDate(date, inSameDayAs: checklist.decidedAt) ? "HH:mm" : "EEE d MMM HH:mm"
        return formatter.string(from: date)
    }

    /// Local time, as a person reads it: `Sat 14 Mar 2026 02:10 GMT`.
    static func time(_ date: Date) -> String { IncidentTime.display(date) }
}
