import ScenarioKit

/// A scenario as a Mermaid flowchart: stages as colour classes, endings shaped and coloured by outcome
/// (good a green double circle, mixed an amber hexagon, poor a red box), arrows labelled with the
/// choice number, never-events thick and red with the choice's id.
enum ScenarioMermaid {
    static func render(_ scenario: Scenario) -> String {
        var names: [String: String] = [:]
        for (index, node) in scenario.nodes.enumerated() where names[node.id] == nil { names[node.id] = "n\(index)" }
        for (index, missing) in ScenarioDrawing.missingTargets(of: scenario).enumerated() { names[missing] = "missing\(index)" }
        var lines = ["flowchart TD"]
        for node in scenario.nodes {
            let name = names[node.id] ?? node.id
            let task = ScenarioDrawing.task(of: node)
            let label = text(task.isEmpty ? node.id : node.id + "<br/>" + task)
            switch node.kind {
            case .ending(.good, _): lines.append("  \(name)(((\(label)))):::good")
            case .ending(.mixed, _): lines.append("  \(name){{\(label)}}:::mixed")
            case .ending(.poor, _): lines.append("  \(name)[\(label)]:::poor")
            default: lines.append("  \(name)(\(label))" + (node.stage.map { ":::" + $0.rawValue } ?? ""))
            }
        }
        for missing in ScenarioDrawing.missingTargets(of: scenario) {
            lines.append("  \(names[missing] ?? missing)[\(text(missing + "<br/>(missing)"))]:::missing")
        }
        var criticalLinks: [Int] = []
        var link = 0
        for arrow in ScenarioDrawing.arrows(of: scenario) where !arrow.target.isEmpty {
            let source = names[arrow.source] ?? arrow.source, target = names[arrow.target] ?? arrow.target
            let shaft = arrow.critical == nil ? "-->" : "==>"
            lines.append("  \(source) \(shaft)" + (arrow.label.isEmpty ? "" : "|\(text(arrow.label))|") + " \(target)")
            if arrow.critical != nil { criticalLinks.append(link) }
            link += 1
        }
        for stage in WorkflowStage.allCases {
            lines.append("  classDef \(stage.rawValue) fill:\(ScenarioDrawing.fill(for: stage)),stroke:#607d8b")
        }
        for ending in EndingKind.allCases {
            let (line, fill) = ScenarioDrawing.colours(for: ending)
            lines.append("  classDef \(ending.rawValue) fill:\(fill),stroke:\(line),stroke-width:2px")
        }
        lines.append("  classDef missing fill:#ffffff,stroke:#9e9e9e,stroke-dasharray:4")
        if !criticalLinks.isEmpty {
            lines.append("  linkStyle \(criticalLinks.map(String.init).joined(separator: ",")) stroke:\(ScenarioDrawing.critical),stroke-width:3px,color:\(ScenarioDrawing.critical)")
        }
        return lines.joined(separator: "\n")
    }

    /// A quoted Mermaid label; double quotes become the `#quot;` entity Mermaid understands.
    private static func text(_ label: String) -> String {
        "\"" + label.replacingOccurrences(of: "\"", with: "#quot;") + "\""
    }
}
