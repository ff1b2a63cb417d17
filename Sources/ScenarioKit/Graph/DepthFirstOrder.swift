extension ScenarioGraph {
    /// A depth-first search from `start`, following edges in scenario order. Removing its back edges
    /// (edges into a node still on the search stack: the loops) leaves an acyclic graph, and
    /// `topologicalOrder` lists the reached nodes so that every remaining edge points forward.
    public struct DepthFirstOrder: Sendable, Hashable {
        /// Reached nodes in reverse postorder: a topological order of the graph without its back edges.
        public var topologicalOrder: [Int]
        /// Edges that close a loop, as (source, index into `edges[source]`).
        public var backEdges: Set<EdgeReference>
    }

    /// One edge named by its source node and its position among that node's edges.
    public struct EdgeReference: Sendable, Hashable {
        /// The node the edge leaves.
        public var source: Int
        /// The edge's index in `edges[source]`.
        public var position: Int

        /// The `position`-th edge out of `source`.
        public init(source: Int, position: Int) {
            self.source = source
            self.position = position
        }
    }

    /// Depth-first order from `start`, iterative so that long scenarios cannot overflow the stack.
    /// Linear in nodes plus edges.
    public func depthFirstOrder() -> DepthFirstOrder {
        enum Mark { case unseen, onStack, done }
        var marks = [Mark](repeating: .unseen, count: count)
        var postorder: [Int] = []
        var backEdges = Set<EdgeReference>()
        guard let start else { return DepthFirstOrder(topologicalOrder: [], backEdges: []) }
        // Each frame is a node and the position of the next edge to explore.
        var stack: [(node: Int, next: Int)] = [(start, 0)]
        marks[start] = .onStack
        while let top = stack.last {
            let outgoing = edges[top.node]
            if top.next == outgoing.count {
                stack.removeLast()
                marks[top.node] = .done
                postorder.append(top.node)
                continue
            }
            stack[stack.count - 1].next += 1
            let target = outgoing[top.next].target
            switch marks[target] {
            case .unseen:
                marks[target] = .onStack
                stack.append((target, 0))
            case .onStack:
                backEdges.insert(EdgeReference(source: top.node, position: top.next))
            case .done:
                break
            }
        }
        return DepthFirstOrder(topologicalOrder: postorder.reversed(), backEdges: backEdges)
    }
}
