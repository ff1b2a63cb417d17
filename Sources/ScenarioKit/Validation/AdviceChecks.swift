import ThresholdEngine

extension ScenarioChecks {
    /// Warnings: `SD060` a node with one choice, `SD061` a workflow stage never exercised, `SD062` an
    /// escalate node at which the policy would require nothing.
    mutating func checkAdvice() {
        for (index, node) in scenario.nodes.enumerated() {
            if case .choices(let choices) = node.kind, choices.count == 1 {
                diagnostics.warning(
                    "SD060", "node '\(node.id)' has only one choice", hint: "add an alternative a trainee might plausibly pick, or make the node a 'goto' step",
                    at: source(ofNode: index).id)
            }
        }
        guard graph.start != nil else { return }
        checkStages()
        if let decide = context.escalationsNeeded { checkEscalations(decide: decide) }
    }

    /// A stage counts as exercised when a reachable node belongs to it.
    private mutating func checkStages() {
        let exercised = Set(reach.order.compactMap { scenario.nodes[$0].stage })
        for stage in WorkflowStage.allCases where !exercised.contains(stage) {
            diagnostics.warning(
                "SD061", "no reachable node exercises the '\(stage.rawValue)' stage",
                hint: "add a node with 'stage: \(stage.rawValue)' on some route, or accept that this scenario leaves it out",
                at: sourceMap.nodesKey ?? sourceMap.file)
        }
    }

    /// The facts at a node, for this static check, are the scenario's facts with the reveals along one
    /// shortest route from the start laid over them, the node's own included. Computed in search order
    /// (a parent before its children), so each node costs one merge: linear overall.
    private mutating func checkEscalations(decide: (Facts) -> [String]) {
        var factsAt = [Facts?](repeating: nil, count: graph.count)
        for index in reach.order {
            let before = reach.parent[index].flatMap { factsAt[$0] } ?? scenario.facts
            let reveal = scenario.nodes[index].reveal
            factsAt[index] = reveal.values.isEmpty ? before : before.merging(reveal)
            guard case .escalate = scenario.nodes[index].kind, let facts = factsAt[index], decide(facts).isEmpty else { continue }
            diagnostics.warning(
                "SD062", "at node '\(scenario.nodes[index].id)' the policy requires no escalation",
                hint: "reveal the facts that make an escalation needed before this node, or move the escalate step to where they are known",
                at: source(ofNode: index).id)
        }
    }
}
