import ScenarioKit
import ThresholdEngine

/// The facts known at each node for static checks: the start facts plus the reveals along the
/// shortest path from the start. Computed once for the whole scenario, in breadth-first order.
struct StaticFacts {
    private var facts: [Facts?]
    private let graph: ScenarioGraph

    init(_ scenario: Scenario, graph: ScenarioGraph, reach: ScenarioGraph.Reach) {
        self.graph = graph
        var facts = [Facts?](repeating: nil, count: scenario.nodes.count)
        for node in reach.order {
            let before = reach.parent[node].flatMap { facts[$0] } ?? scenario.facts
            facts[node] = before.merging(scenario.nodes[node].reveal)
        }
        self.facts = facts
    }

    subscript(id: String) -> Facts {
        graph.index(of: id).flatMap { facts[$0] } ?? Facts()
    }
}
