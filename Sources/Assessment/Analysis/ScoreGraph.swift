import ScenarioKit
import ThresholdEngine

/// A scenario as the score analysis sees it: each node's answers that matter for scoring (every
/// choice; the best and the worst possible answer at a multi-select or record node), in postorder
/// so dynamic programming can run from the endings back. A `goto` back to a node on the current
/// path (a loop) is set aside: the analysis follows each node's first visit, as the scorer marks
/// each node's first answer.
struct ScoreGraph {
    struct Option {
        var target: Int
        var mark: Double
        var critical: Bool
        /// The choice id at a choices node; nil for the best/worst answer at other nodes.
        var choice: String?
        /// The author's best answer at this node.
        var best: Bool
    }

    let scenario: Scenario
    let graph: ScenarioGraph
    var nodes: [ScenarioNode] { scenario.nodes }
    var start: Int? { graph.start }
    let options: [[Option]]
    /// Children before parents.
    let postorder: [Int]
    /// Gotos that lead back to an earlier node on the same path (set aside by the analysis).
    let loops: Int

    /// - Parameters:
    ///   - graph: `scenario`'s graph, built once by the caller and shared.
    ///   - marks: the best mark possible at a non-choice node, and whether its worst answer is critical.
    init(_ scenario: Scenario, graph: ScenarioGraph, marks: (ScenarioNode) -> (best: Double, worstCritical: Bool)) {
        self.scenario = scenario
        let order = graph.depthFirstOrder()
        self.graph = graph
        postorder = order.topologicalOrder.reversed()
        loops = order.backEdges.count
        options = scenario.nodes.enumerated().map { index, node in
            let edges = graph.edges[index].enumerated().filter { !order.backEdges.contains(.init(source: index, position: $0.offset)) }.map(\.element)
            switch node.kind {
            case .choices(let choices):
                let best = choices.map(\.points).max() ?? 0
                return edges.compactMap { edge in
                    guard let number = edge.choice, number <= choices.count else { return nil }
                    let choice = choices[number - 1]
                    return Option(target: edge.target, mark: best > 0 ? max(0, choice.points) / best : 1,
                                  critical: choice.critical != nil, choice: choice.id, best: choice.points == best)
                }
            case .escalate, .disclose, .record:
                guard let edge = edges.first else { return [] }
                let (best, worstCritical) = marks(node)
                return [Option(target: edge.target, mark: best, critical: false, choice: nil, best: true),
                        Option(target: edge.target, mark: 0, critical: worstCritical, choice: nil, best: false)]
            case .ending:
                return []
            }
        }
    }

    func isEnding(_ node: Int) -> Bool { graph.isEnding[node] }
}
