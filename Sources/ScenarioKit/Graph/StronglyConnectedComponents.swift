extension ScenarioGraph {
    /// The loops of a scenario: groups of nodes that can all reach one another. Collapsing each group
    /// to one vertex leaves an acyclic graph, which is how score and path analyses stay exact with loops.
    public struct Components: Sendable, Hashable {
        /// The nodes of each component, components in topological order (edges between components
        /// only go from a lower to a higher index).
        public var members: [[Int]]
        /// The component of each node.
        public var componentOf: [Int]
        /// True for a component holding a loop: more than one node, or a node with an edge to itself.
        public var isCyclic: [Bool]
    }

    /// Tarjan's algorithm over every node, iterative so that long scenarios cannot overflow the stack.
    /// Linear in nodes plus edges.
    public func stronglyConnectedComponents() -> Components {
        var index = [Int](repeating: -1, count: count)
        var lowLink = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var nextIndex = 0
        var found: [[Int]] = []
        var frames: [(node: Int, next: Int)] = []
        for root in 0..<count where index[root] == -1 {
            frames.append((root, 0))
            index[root] = nextIndex
            lowLink[root] = nextIndex
            nextIndex += 1
            stack.append(root)
            onStack[root] = true
            while let frame = frames.last {
                let outgoing = edges[frame.node]
                if frame.next < outgoing.count {
                    frames[frames.count - 1].next += 1
                    let target = outgoing[frame.next].target
                    if index[target] == -1 {
                        index[target] = nextIndex
                        lowLink[target] = nextIndex
                        nextIndex += 1
                        stack.append(target)
                        onStack[target] = true
                        frames.append((target, 0))
                    } else if onStack[target] {
                        lowLink[frame.node] = min(lowLink[frame.node], index[target])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last { lowLink[parent.node] = min(lowLink[parent.node], lowLink[frame.node]) }
                guard lowLink[frame.node] == index[frame.node] else { continue }
                var component: [Int] = []
                while let member = stack.popLast() {
                    onStack[member] = false
                    component.append(member)
                    if member == frame.node { break }
                }
                found.append(component)
            }
        }
        // Tarjan finishes sinks first; reversed, the components come in topological order.
        let members = Array(found.reversed())
        var componentOf = [Int](repeating: 0, count: count)
        for (number, group) in members.enumerated() {
            for node in group { componentOf[node] = number }
        }
        let isCyclic = members.map { group in
            group.count > 1 || edges[group[0]].contains { $0.target == group[0] }
        }
        return Components(members: members, componentOf: componentOf, isCyclic: isCyclic)
    }
}
