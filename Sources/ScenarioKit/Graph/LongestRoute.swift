extension ScenarioGraph {
    /// The most decision nodes (non-endings) met on one loop-free route from the start to an ending:
    /// the basis of the time estimate when the author gives none. Zero when no ending can be reached.
    /// Loops are cut at the back edges of `depthFirstOrder()`; linear in nodes plus edges.
    public func longestDecisionRoute() -> Int {
        let order = depthFirstOrder()
        // Decision nodes from each node to an ending along forward edges; nil when none is reachable.
        var longest = [Int?](repeating: nil, count: count)
        for node in order.topologicalOrder.reversed() {
            if isEnding[node] {
                longest[node] = 0
                continue
            }
            var best: Int?
            for (position, edge) in edges[node].enumerated() where !order.backEdges.contains(EdgeReference(source: node, position: position)) {
                if let length = longest[edge.target] { best = max(best ?? 0, length) }
            }
            longest[node] = best.map { $0 + 1 }
        }
        return start.flatMap { longest[$0] } ?? 0
    }
}
