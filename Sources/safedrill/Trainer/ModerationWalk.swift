import Foundation
import Records

/// Walks a moderator through a finished assessment's free text: each answer shown whole, then each
/// rubric element with its mark as it stands and the words that met it, asking to confirm or change
/// it, with a reason. Shared by `records moderate` and the debrief after an assessment.
struct ModerationWalk {
    let reader: LineReader
    let style: Style

    /// The moderator's judgements of every element, in order; nil when input ended (or was
    /// interrupted) first, so nothing half-judged is written.
    func judgements(for sheet: ModerationSheet) -> [ElementJudgement]? {
        say(style.bold("Moderating attempt \(sheet.attempt.id.prefix(8))") + style.dim("  (\(sheet.attempt.scenarioID); as it stands: \(Self.outcome(sheet.outcome, sheet.percent)))"))
        var judgements: [ElementJudgement] = []
        for answer in sheet.answers {
            say("\n" + render(answer))
            var confirmed: [ModerationSheet.Element] = []
            for element in answer.elements {
                say("  " + line(for: element))
                guard let choice = ask("  Enter to confirm, c to change: ") else { return nil }
                if choice.lowercased().hasPrefix("c") {
                    guard let reason = askReason("  Why is it \(element.met ? "not met" : "met")? ") else { return nil }
                    judgements.append(ElementJudgement(nodeID: answer.nodeID, elementID: element.id, met: !element.met, reason: reason))
                } else {
                    confirmed.append(element)
                }
            }
            if !confirmed.isEmpty {
                guard let reason = askReason("Reason for confirming the \(confirmed.count == answer.elements.count ? "marks" : "other marks") at '\(answer.nodeID)': ") else { return nil }
                judgements += confirmed.map { ElementJudgement(nodeID: answer.nodeID, elementID: $0.id, met: $0.met, reason: reason) }
            }
        }
        return judgements
    }

    /// The answer with its prompt, then nothing else: elements are shown one at a time.
    func render(_ answer: ModerationSheet.Answer) -> String {
        var lines = [style.bold("Free text at '\(answer.nodeID)'") + (answer.isModerated ? style.dim("  (moderated before)") : "")]
        lines.append(style.wrap(style.dim(answer.prompt.trimmingCharacters(in: .whitespacesAndNewlines)), indent: 2, hanging: 0))
        lines += answer.text.split(separator: "\n", omittingEmptySubsequences: false).map { "  | " + $0 }
        return lines.joined(separator: "\n")
    }

    /// One element: met or not as it stands, who last moderated it, and the words that met it.
    func line(for element: ModerationSheet.Element) -> String {
        let mark = element.met ? style.green("met") : style.red("not met")
        var text = "[\(mark)] \(element.label) (\(element.id))"
        if let moderation = element.moderation {
            text += style.dim(" — moderated by \(moderation.moderator): \(moderation.reason)")
        } else {
            text += style.dim(" — provisional")
        }
        if let words = element.words { text += "\n      words: \"\(words)\"" }
        return text
    }

    /// What the moderations written did, for the screen.
    static func summary(_ written: [Moderation], before: ModerationSheet) -> String {
        let changed = written.filter { $0.decision == .changed }
        guard let last = written.last else { return "Nothing moderated." }
        var lines = ["Moderated \(written.count) element\(written.count == 1 ? "" : "s") of attempt \(before.attempt.id.prefix(8)): \(written.count - changed.count) confirmed, \(changed.count) changed."]
        for moderation in changed {
            lines.append("  \(moderation.nodeID).\(moderation.elementID) is now \(moderation.met ? "met" : "not met"): \(moderation.reason)")
        }
        let now = outcome(last.outcome, last.percent)
        let was = outcome(before.outcome, before.percent)
        lines.append(now == was ? "Result unchanged: \(now)." : "Result was \(was), now \(now).")
        return lines.joined(separator: "\n")
    }

    static func outcome(_ outcome: Attempt.Outcome, _ percent: Double) -> String {
        "\(outcome == .competent ? "Competent" : "Not yet competent") (\(Int(percent.rounded()))%)"
    }

    /// A line of input; the question is printed when input is piped, so a transcript reads whole.
    private func ask(_ question: String) -> String? {
        if !reader.isInteractive { say(question) }
        guard case .line(let line) = reader.read(prompt: reader.isInteractive ? question : "") else { return nil }
        return line.trimmingCharacters(in: .whitespaces)
    }

    /// A reason: asked again until it says something.
    private func askReason(_ question: String) -> String? {
        while true {
            guard let reason = ask(question) else { return nil }
            if !reason.isEmpty { return reason }
            say("  A reason is needed: say why, for the record.")
        }
    }

    private func say(_ text: String) {
        print(text)
        fflush(nil)
    }
}
