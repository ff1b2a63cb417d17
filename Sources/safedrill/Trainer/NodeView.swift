import Assessment
import ScenarioKit
import ThresholdEngine
import Training

/// Renders what a trainee sees at a node: where they are, the situation, and what they can answer.
struct NodeView {
    let style: Style
    let workflow: Workflow
    let escalations: [(id: String, label: String, who: String)]

    /// "stage 3 of 6: timeline".
    func stageLine(_ stage: WorkflowStage) -> String {
        let title = workflow[stage]?.title ?? stage.rawValue
        return "stage \(stage.number) of \(WorkflowStage.allCases.count): \(stage.rawValue) (\(title))"
    }

    func render(_ node: ScenarioNode, session: Session, mode: PlayMode) -> String {
        var lines: [String] = []
        if let stage = node.stage { lines.append(style.dim("[\(stageLine(stage))]")) }
        lines.append(style.wrap(node.text.trimmingCharacters(in: .whitespacesAndNewlines)))
        if mode.showsPrompts, let prompt = node.prompt {
            lines.append(style.wrap(style.amber("Discuss: ") + prompt, hanging: 2))
        }
        lines.append("")
        switch node.kind {
        case .choices:
            for (index, choice) in session.availableChoices.enumerated() {
                lines.append(style.wrap("\(index + 1). \(choice.text)", indent: 2, hanging: 3))
            }
        case .escalate(let prompt, _):
            lines.append(style.wrap(style.bold(prompt)))
            lines.append(style.dim("Choose every escalation needed now: numbers separated by spaces; an empty line for none."))
            for (index, escalation) in escalations.enumerated() {
                lines.append(style.wrap("\(index + 1). \(escalation.label) — \(escalation.who)", indent: 2, hanging: 3))
            }
        case .disclose(let disclosure, _):
            lines.append(style.wrap(style.bold("What do you share with \(disclosure.recipient)?")))
            lines.append(style.dim("Choose every item to share: numbers separated by spaces; an empty line for none."))
            for (index, item) in disclosure.items.enumerated() {
                lines.append(style.wrap("\(index + 1). \(item.text)", indent: 2, hanging: 3))
            }
        case .record(let task, _):
            lines.append(style.wrap(style.bold(task.prompt)))
            lines.append(style.dim("Write your entry; finish with an empty line."))
        case .ending:
            break
        }
        return lines.joined(separator: "\n")
    }

    /// The help shown for `help` inside a scenario.
    func help(mode: PlayMode) -> String {
        var commands = [
            "facts     what is known so far",
            "stage     where you are in the six-stage workflow",
        ]
        if mode.allowsBack { commands.append("back      take back your last answer") }
        if mode.allowsHints { commands.append("hint      a nudge about this stage") }
        if mode == .supervision {
            commands.append("note TEXT a supervisor's note on this step")
            commands.append("override PERCENT REASON   a supervisor's mark for the last record answer")
        }
        commands.append("quit      save and leave; 'resume' carries on from here")
        return "Answer with the number of a choice (several numbers where asked), or type:\n" + commands.map { "  " + $0 }.joined(separator: "\n")
    }

    /// `facts`: what is known, one per line, in the policy's order.
    func facts(_ facts: Facts, schema: FactSchema) -> String {
        let known = schema.definitions.compactMap { definition in facts[definition.id].map { "  \(definition.id): \($0.text)" } }
        return known.isEmpty ? "Nothing is known yet." : "Known so far:\n" + known.joined(separator: "\n")
    }
}
