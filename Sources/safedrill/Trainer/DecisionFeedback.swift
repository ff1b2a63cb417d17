import Assessment

/// The feedback shown after an answer in practice and supervision: the mark, why, and any never-event.
struct DecisionFeedback {
    let style: Style

    func render(_ result: DecisionResult, critical: [CriticalError]) -> String {
        var lines: [String] = []
        let mark = "\(Int((result.fraction * 100).rounded()))%"
        let verdict = result.fraction >= 0.99 ? style.green("✓ " + mark) : result.fraction >= 0.5 ? style.amber("~ " + mark) : style.red("✗ " + mark)
        lines.append(style.unicode ? verdict : verdict.replacingOccurrences(of: "✓", with: "+").replacingOccurrences(of: "✗", with: "x"))
        for error in critical {
            lines.append(style.wrap(style.red("CRITICAL: ") + error.why, indent: 2, hanging: 2))
        }
        for line in result.feedback { lines.append(style.wrap(line, indent: 2)) }
        if let escalation = result.escalation { lines += reasons(escalation, indent: 2) }
        if let record = result.record {
            lines.append(style.dim("  A model entry:"))
            lines.append(style.wrap(record.model.trimmingCharacters(in: .whitespacesAndNewlines), indent: 4))
        }
        return lines.joined(separator: "\n")
    }

    /// The policy's reasons for an escalation answer: the rules that fired, then, apart and worded as
    /// conditions, the rules that would fire only if unknown facts turned out so.
    func reasons(_ escalation: EscalationJudgement, indent: Int) -> [String] {
        var lines: [String] = []
        let pad = String(repeating: " ", count: indent)
        if !escalation.reasons.isEmpty {
            lines.append(style.dim(pad + "Why (threshold policy):"))
            for reason in escalation.reasons { lines.append(style.wrap("- " + reason, indent: indent + 2, hanging: 2)) }
        }
        let possibilities = escalation.possibilities ?? []
        if !possibilities.isEmpty {
            lines.append(style.dim(pad + "Not reasons yet, only possibilities (find out):"))
            for possibility in possibilities { lines.append(style.wrap("- " + possibility, indent: indent + 2, hanging: 2)) }
        }
        return lines
    }
}
