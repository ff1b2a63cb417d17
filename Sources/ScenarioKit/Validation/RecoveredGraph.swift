import ThresholdEngine

extension ScenarioChecks {
    /// The graph the shape checks run on, repaired as a compiler recovers from an error: a `goto`
    /// (or `start`) naming a missing node is taken to mean the node its name is closest to, and an incomplete node
    /// keeps its `goto`. One typo then gives one diagnostic (`SD042`), not also `SD044` for the node
    /// it meant and `SD045` for the nodes before it.
    static func recoveredGraph(of scenario: Scenario, sourceMap: ScenarioSourceMap) -> ScenarioGraph {
        var ids = Set<String>()
        for node in scenario.nodes { ids.insert(node.id) }
        func recover(_ target: String) -> String {
            ids.contains(target) ? target : Suggestion.closest(to: target, in: scenario.nodes.map(\.id)) ?? target
        }
        var repaired = scenario
        repaired.start = recover(scenario.start)
        for (index, node) in scenario.nodes.enumerated() {
            switch node.kind {
            case .choices(let choices):
                if index < sourceMap.nodes.count, let goto = sourceMap.nodes[index].incompleteGoto {
                    repaired.nodes[index].kind = .escalate(prompt: "", goto: recover(goto))
                } else if choices.contains(where: { !ids.contains($0.goto) }) {
                    repaired.nodes[index].kind = .choices(choices.map { choice in
                        var fixed = choice
                        fixed.goto = recover(choice.goto)
                        return fixed
                    })
                }
            case .escalate(let prompt, let goto) where !ids.contains(goto):
                repaired.nodes[index].kind = .escalate(prompt: prompt, goto: recover(goto))
            case .disclose(let disclosure, let goto) where !ids.contains(goto):
                repaired.nodes[index].kind = .disclose(disclosure, goto: recover(goto))
            case .record(let task, let goto) where !ids.contains(goto):
                repaired.nodes[index].kind = .record(task, goto: recover(goto))
            default:
                break
            }
        }
        return ScenarioGraph(repaired)
    }
}
