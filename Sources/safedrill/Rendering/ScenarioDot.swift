import ScenarioKit

/// A scenario as a Graphviz DOT graph: stages as clusters, endings shaped and coloured by outcome
/// (good a green double circle, mixed an amber octagon, poor a red box), arrows labelled with the
/// choice number, never-events red and bold with the choice's id.
enum ScenarioDot {
    static func render(_ scenario: Scenario) -> String {
        var lines = [
            "digraph \(quoted(scenario.id)) {",
            "  graph [rankdir=TB, fontname=\"Helvetica\", labelloc=t, label=\(quoted(scenario.title))];",
            "  node [shape=box, style=\"rounded,filled\", fillcolor=white, fontname=\"Helvetica\", fontsize=11];",
            "  edge [fontname=\"Helvetica\", fontsize=10];",
        ]
        for stage in WorkflowStage.allCases {
            let members = scenario.nodes.filter { $0.stage == stage && $0.isDecision }
            guard !members.isEmpty else { continue }
            lines.append("  subgraph \(quoted("cluster_" + stage.rawValue)) {")
            lines.append("    label=\(quoted("\(stage.number). \(stage.rawValue)")); style=filled; color=\(quoted(ScenarioDrawing.fill(for: stage)));")
            for node in members { lines.append("    " + declaration(node)) }
            lines.append("  }")
        }
        for node in scenario.nodes where !node.isDecision || node.stage == nil { lines.append("  " + declaration(node)) }
        for missing in ScenarioDrawing.missingTargets(of: scenario) {
            lines.append("  \(quoted(missing)) [label=\(quoted(missing + "\n(missing)")), style=dashed, fillcolor=white];")
        }
        for arrow in ScenarioDrawing.arrows(of: scenario) where !arrow.target.isEmpty {
            var attributes: [String] = []
            if !arrow.label.isEmpty { attributes.append("label=\(quoted(arrow.label))") }
            if arrow.critical != nil {
                attributes += ["color=\(quoted(ScenarioDrawing.critical))", "fontcolor=\(quoted(ScenarioDrawing.critical))", "style=bold", "penwidth=2.5"]
            }
            let suffix = attributes.isEmpty ? "" : " [" + attributes.joined(separator: ", ") + "]"
            lines.append("  \(quoted(arrow.source)) -> \(quoted(arrow.target))\(suffix);")
        }
        lines.append("}")
        return lines.joined(separator: "\n")
    }

    private static func declaration(_ node: ScenarioNode) -> String {
        let task = ScenarioDrawing.task(of: node)
        let label = quoted(task.isEmpty ? node.id : node.id + "\n" + task)
        guard case .ending(let kind, _) = node.kind else { return "\(quoted(node.id)) [label=\(label)];" }
        let shape = switch kind {
        case .good: "doublecircle"
        case .mixed: "octagon"
        case .poor: "box"
        }
        let (line, fill) = ScenarioDrawing.colours(for: kind)
        return "\(quoted(node.id)) [label=\(label), shape=\(shape), style=filled, color=\(quoted(line)), fillcolor=\(quoted(fill)), penwidth=2];"
    }

    /// A DOT string: quotes and backslashes escaped, newlines as DOT's centred line break.
    static func quoted(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
        return "\"" + escaped + "\""
    }
}
