import Assessment
import ScenarioKit

/// The debrief at the end of an attempt: critical errors first, a bar per stage, your path beside
/// the best path, each decision with its feedback, and what to practise next.
struct DebriefView {
    let style: Style
    let scorer: Scorer

    func render(_ result: AttemptResult, session: Session, best: [BestStep], debrief: String) -> String {
        var out: [String] = ["", style.bold("Debrief"), style.wrap(debrief.trimmingCharacters(in: .whitespacesAndNewlines)), ""]
        if !result.criticalErrors.isEmpty {
            out.append(style.red(style.bold("Critical errors")))
            for error in result.criticalErrors {
                out.append(style.wrap("- \(error.what) (at \(error.node)): \(error.why)", indent: 2, hanging: 2))
            }
            out.append("")
        }
        out.append(style.bold("Stages"))
        let nameWidth = WorkflowStage.allCases.map(\.rawValue.count).max() ?? 10
        for stage in result.stages {
            let name = stage.stage.rawValue.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            guard let percent = stage.percent else {
                out.append("  \(name)  \(style.dim("not assessed on this path"))")
                continue
            }
            let figure = "\(Int(percent.rounded()))%".leftPadded(to: 4)
            let flag = percent < stage.floor ? style.red("  below floor \(Int(stage.floor))%") : ""
            out.append("  \(name)  \(style.bar(percent / 100))  \(figure)\(flag)")
        }
        out.append("  overall \(Int(result.percent.rounded()))%  (pass mark \(Int(scorer.workflow.passMark))%)")
        out.append("")
        out.append(style.bold("Your path and the best path"))
        let bestByNode = Dictionary(best.map { ($0.node, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, decision) in result.decisions.enumerated() {
            let mark = "\(Int((decision.fraction * 100).rounded()))%"
            out.append(style.wrap("\(index + 1). [\(decision.stage.rawValue)] \(decision.answer) — \(mark)", indent: 2, hanging: 4))
            if decision.fraction < 0.99, let better = bestByNode[decision.node] {
                out.append(style.wrap(style.green("best: ") + better.summary, indent: 5, hanging: 2))
            }
            for line in decision.feedback where decision.fraction < 0.99 || decision.kind != "choices" {
                out.append(style.wrap(line, indent: 5, hanging: 2))
            }
            if let escalation = decision.escalation { out += DecisionFeedback(style: style).reasons(escalation, indent: 5) }
            if let override = decision.override {
                out.append(style.wrap("supervisor's mark \(Int(override.percent))% (\(override.author)): \(override.reason)", indent: 5, hanging: 2))
            }
        }
        let yourNodes = Set(session.steps.map(\.node))
        let missed = best.filter { !yourNodes.contains($0.node) }
        if !missed.isEmpty {
            out.append(style.dim("  The best path also went through:"))
            for step in missed { out.append(style.wrap("- " + step.summary, indent: 4, hanging: 2)) }
        }
        out.append("")
        out.append(style.bold("What to practise next"))
        out.append(contentsOf: practiseNext(result).map { style.wrap("- " + $0, indent: 2, hanging: 2) })
        out.append("")
        out.append(contentsOf: result.reasons.map { style.wrap(($0 == result.reasons.first ? "Why: " : "     ") + $0, hanging: 5) })
        return out.joined(separator: "\n")
    }

    private func practiseNext(_ result: AttemptResult) -> [String] {
        var advice = result.criticalErrors.map { "Never again: \($0.what). \($0.why)" }
        let weak = result.stages.compactMap { stage in stage.percent.map { (stage, $0) } }.filter { $0.1 < 100 }.sorted { $0.1 < $1.1 }.prefix(2)
        for (stage, percent) in weak {
            let description = scorer.workflow[stage.stage]?.description ?? ""
            advice.append("\(stage.title) (\(Int(percent.rounded()))%): \(description)")
        }
        if advice.isEmpty { advice.append("Try the scenario in assessment mode, or a scenario from another setting.") }
        return advice
    }
}

extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
