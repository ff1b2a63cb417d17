import ThresholdEngine

extension ScenarioChecks {
    /// `SD044` a node the trainee can never reach; `SD045` a reachable node from which no ending can
    /// be reached (the trainee would be stuck). Skipped when no node can be taken as the start: `SD043` says why.
    mutating func checkGraph() {
        guard graph.start != nil else { return }
        for index in 0..<graph.count where !reach.isReached[index] {
            diagnostics.error(
                "SD044", "node '\(graph.ids[index])' cannot be reached from 'start'",
                hint: "point a 'goto' at it from a reachable node, or delete it", at: source(ofNode: index).id)
        }
        guard graph.isEnding.contains(true) else {
            diagnostics.error(
                "SD045", "the scenario has no ending", hint: "add a node with 'ending: good', 'mixed' or 'poor' and a 'debrief', and lead to it",
                at: sourceMap.nodesKey ?? sourceMap.file)
            return
        }
        // A node with nothing to do is reported as SD047; treat it as an end here so it raises nothing more.
        let incomplete = Set((0..<graph.count).filter { source(ofNode: $0).isIncomplete })
        let canEnd = graph.canReachEnding(alsoTerminal: incomplete)
        for index in 0..<graph.count where reach.isReached[index] && !canEnd[index] {
            diagnostics.error(
                "SD045", "no ending can be reached from node '\(graph.ids[index])'",
                hint: "give it a way forward that leads to an ending; every route must finish", at: source(ofNode: index).id)
        }
    }
}
