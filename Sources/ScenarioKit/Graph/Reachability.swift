extension ScenarioGraph {
    /// Breadth-first search from `start`: which nodes a trainee can reach, and for each reached node
    /// the node before it on one shortest route (nil for the start and for unreached nodes).
    public struct Reach: Sendable, Hashable {
        /// Reached nodes in the order the search met them: a parent always comes before its children.
        public var order: [Int]
        /// True for every node reachable from the start.
        public var isReached: [Bool]
        /// The previous node on a shortest route from the start.
        public var parent: [Int?]
    }

    /// Every node reachable from `start` (none when the start is missing). Linear in nodes plus edges;
    /// loops are fine.
    public func reach() -> Reach {
        var reach = Reach(order: [], isReached: Array(repeating: false, count: count), parent: Array(repeating: nil, count: count))
        guard let start else { return reach }
        reach.isReached[start] = true
        reach.order.append(start)
        var head = 0
        while head < reach.order.count {
            let node = reach.order[head]
            head += 1
            for edge in edges[node] where !reach.isReached[edge.target] {
                reach.isReached[edge.target] = true
                reach.parent[edge.target] = node
                reach.order.append(edge.target)
            }
        }
        return reach
    }

    /// For every node, whether some ending (or a node in `alsoTerminal`) can be reached from it: a
    /// backward search from the endings. Linear in nodes plus edges.
    public func canReachEnding(alsoTerminal: Set<Int> = []) -> [Bool] {
        var can = isEnding
        var queue: [Int] = []
        for index in 0..<count where can[index] || alsoTerminal.contains(index) {
            can[index] = true
            queue.append(index)
        }
        let predecessors = self.predecessors
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for source in predecessors[node] where !can[source] {
                can[source] = true
                queue.append(source)
            }
        }
        return can
    }
}
