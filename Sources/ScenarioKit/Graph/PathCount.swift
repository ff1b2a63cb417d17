extension ScenarioGraph {
    /// How many different play-throughs lead from the start to an ending. Two choices that lead to
    /// the same node are different play-throughs.
    public struct PathCount: Sendable, Hashable {
        /// Every route from the start to an ending; nil when a loop lies on such a route, so a trainee
        /// can go round it any number of times and the routes are without end.
        public var total: BigUInt?
        /// Routes that never take a loop's closing edge (a back edge of `depthFirstOrder()`); always finite.
        public var withoutLoops: BigUInt
    }

    /// Counts routes by dynamic programming over a topological order, never by listing them. Linear in
    /// nodes plus edges (each addition costs the length of the exact number).
    public func pathCount() -> PathCount {
        let reach = self.reach()
        let canEnd = canReachEnding()
        let useful = (0..<count).map { reach.isReached[$0] && canEnd[$0] }
        let components = stronglyConnectedComponents()
        // Nodes of one component share reachability both ways, so one useful member makes the whole loop useful.
        let loopOnRoute = components.members.indices.contains { components.isCyclic[$0] && useful[components.members[$0][0]] }
        var total: BigUInt?
        if !loopOnRoute {
            var routes = [BigUInt](repeating: .zero, count: count)
            if let start { routes[start] = 1 }
            for group in components.members {
                let node = group[0]
                guard useful[node] else { continue }
                for edge in edges[node] where useful[edge.target] { routes[edge.target] += routes[node] }
            }
            total = endingSum(routes)
        }
        let order = depthFirstOrder()
        var loopFree = [BigUInt](repeating: .zero, count: count)
        if let start { loopFree[start] = 1 }
        for node in order.topologicalOrder where !loopFree[node].isZero {
            for (position, edge) in edges[node].enumerated() where !order.backEdges.contains(EdgeReference(source: node, position: position)) {
                loopFree[edge.target] += loopFree[node]
            }
        }
        return PathCount(total: total, withoutLoops: endingSum(loopFree))
    }

    private func endingSum(_ routes: [BigUInt]) -> BigUInt {
        var sum = BigUInt.zero
        for node in 0..<count where isEnding[node] { sum += routes[node] }
        return sum
    }
}
