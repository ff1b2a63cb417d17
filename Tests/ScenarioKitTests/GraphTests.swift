import ScenarioKit
import Testing

/// Graph algorithms on small graphs whose answers are known by hand, loops included.
@Suite("scenario graph algorithms")
struct GraphTests {
    /// 0 → 1 → 2 → 1 (a loop), 2 → 4 (ending); 3 → 0 is never reached; 5 → 5 loops forever.
    let looped = ScenarioGraph(successors: [[1], [2], [1, 4], [0], [], [5]], endings: [4], start: 0)

    @Test func reachabilityFollowsLoopsOnceAndSkipsWhatNothingLeadsTo() {
        let reach = looped.reach()
        #expect(reach.isReached == [true, true, true, false, true, false])
        #expect(reach.order == [0, 1, 2, 4])
        #expect(reach.parent[4] == 2)
        #expect(reach.parent[0] == nil)
    }

    @Test func aLoopWithNoWayOutCannotReachAnEnding() {
        #expect(looped.canReachEnding() == [true, true, true, true, true, false])
        #expect(looped.canReachEnding(alsoTerminal: [5]) == [true, true, true, true, true, true])
    }

    @Test func withoutAStartNothingIsReached() {
        let graph = ScenarioGraph(successors: [[1], []], endings: [1], start: nil)
        #expect(graph.reach().order.isEmpty)
        #expect(graph.pathCount().total == .zero)
    }

    @Test func componentsGroupLoopsInTopologicalOrder() {
        // {0, 1, 2} is a loop, 3 loops on itself, 4 is alone.
        let graph = ScenarioGraph(successors: [[1], [2], [0, 3], [3, 4], []], endings: [4], start: 0)
        let components = graph.stronglyConnectedComponents()
        #expect(components.members.count == 3)
        #expect(Set(components.members[0]) == [0, 1, 2])
        #expect(components.members[1] == [3])
        #expect(components.members[2] == [4])
        #expect(components.isCyclic == [true, true, false])
        #expect(components.componentOf == [0, 0, 0, 1, 2])
    }

    @Test func depthFirstOrderFindsTheLoopsClosingEdge() {
        let order = looped.depthFirstOrder()
        #expect(order.backEdges == [ScenarioGraph.EdgeReference(source: 2, position: 0)])
        let position = Dictionary(uniqueKeysWithValues: order.topologicalOrder.enumerated().map { ($1, $0) })
        for source in order.topologicalOrder {
            for (index, edge) in looped.edges[source].enumerated() where !order.backEdges.contains(.init(source: source, position: index)) {
                #expect((position[source] ?? 0) < (position[edge.target] ?? -1))
            }
        }
    }

    @Test func aChainOfTwoHundredDiamondsHasTwoToThe200Routes() {
        // Diamond i: top 3i → 3i+1 and 3i+2 → 3i+3 (the next top). The last top is the ending.
        let k = 200
        var successors: [[Int]] = []
        for i in 0..<k {
            successors.append([3 * i + 1, 3 * i + 2])
            successors.append([3 * i + 3])
            successors.append([3 * i + 3])
        }
        successors.append([])
        let graph = ScenarioGraph(successors: successors, endings: [3 * k], start: 0)
        let count = graph.pathCount()
        #expect(count.total?.description == "1606938044258990275541962092341162602522202993782792835301376")
        #expect(count.withoutLoops == count.total)
    }

    @Test func twoChoicesToTheSameNodeAreTwoRoutes() {
        let graph = ScenarioGraph(successors: [[1, 1, 2], [2], []], endings: [2], start: 0)
        #expect(graph.pathCount().total == BigUInt(3))
    }

    @Test func aLoopOnARouteMakesTheRoutesEndless() {
        let count = looped.pathCount()
        #expect(count.total == nil)
        #expect(count.withoutLoops == BigUInt(1))
    }

    @Test func aLoopOffEveryRouteDoesNotCount() {
        // 0 → 1 (ending) and 0 → 2 ⟲: the loop never reaches an ending, so one route.
        let graph = ScenarioGraph(successors: [[1, 2], [], [2]], endings: [1], start: 0)
        #expect(graph.pathCount().total == BigUInt(1))
    }

    @Test func theLongestRouteCountsDecisionsAndCutsLoops() {
        // 0 → 1 → 2 → 3 (ending), 0 → 3, 2 → 0 (a loop back): three decisions on the longest route.
        let graph = ScenarioGraph(successors: [[1, 3], [2], [3, 0], []], endings: [3], start: 0)
        #expect(graph.longestDecisionRoute() == 3)
        #expect(ScenarioGraph(successors: [[0]], endings: [], start: 0).longestDecisionRoute() == 0)
    }

    @Test func aHundredThousandNodeChainDoesNotOverflowTheStack() {
        let n = 100_000
        let graph = ScenarioGraph(successors: (0..<n).map { $0 + 1 < n ? [$0 + 1] : [] }, endings: [n - 1], start: 0)
        #expect(graph.depthFirstOrder().topologicalOrder.count == n)
        #expect(graph.stronglyConnectedComponents().members.count == n)
        #expect(graph.longestDecisionRoute() == n - 1)
        #expect(graph.pathCount().total == BigUInt(1))
    }
}
