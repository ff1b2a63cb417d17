/// A scenario's nodes as numbered vertices with their outgoing edges, so the graph algorithms work on
/// arrays rather than on names. Edges to nodes that do not exist are left out (the validator reports
/// them as `SD042`); a repeated node id keeps its first node.
public struct ScenarioGraph: Sendable, Hashable {
    /// One way out of a node.
    public struct Edge: Sendable, Hashable {
        /// The index of the node it leads to.
        public var target: Int
        /// The choice's number as the trainee types it (1-based), or nil for a node's single `goto`.
        public var choice: Int?

        /// An edge to node `target`, taken by choice number `choice` (nil for a single `goto`).
        public init(target: Int, choice: Int?) {
            self.target = target
            self.choice = choice
        }
    }

    /// Node ids by index, in file order.
    public let ids: [String]
    /// Outgoing edges of each node, in the order the scenario lists them.
    public let edges: [[Edge]]
    /// True for `ending` nodes.
    public let isEnding: [Bool]
    /// The index of `start`, when it names a node.
    public let start: Int?
    private let indices: [String: Int]

    /// Builds the graph of `scenario`.
    public init(_ scenario: Scenario) {
        var indices: [String: Int] = [:]
        indices.reserveCapacity(scenario.nodes.count)
        for (index, node) in scenario.nodes.enumerated() where indices[node.id] == nil { indices[node.id] = index }
        self.init(ids: scenario.nodes.map(\.id), isEnding: scenario.nodes.map { !$0.isDecision }, start: indices[scenario.start], indices: indices) { index in
            let node = scenario.nodes[index]
            if case .choices(let choices) = node.kind {
                return choices.enumerated().compactMap { number, choice in indices[choice.goto].map { Edge(target: $0, choice: number + 1) } }
            }
            return node.successors.compactMap { indices[$0].map { Edge(target: $0, choice: nil) } }
        }
    }

    /// A graph given directly: `successors[i]` lists the targets of node `i`; for tests and generated benchmarks.
    public init(successors: [[Int]], endings: Set<Int>, start: Int?) {
        let ids = successors.indices.map { "n\($0)" }
        self.init(ids: ids, isEnding: successors.indices.map { endings.contains($0) }, start: start,
                  indices: Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })) { index in
            successors[index].enumerated().map { Edge(target: $1, choice: $0 + 1) }
        }
    }

    private init(ids: [String], isEnding: [Bool], start: Int?, indices: [String: Int], edgesOf: (Int) -> [Edge]) {
        self.ids = ids
        self.isEnding = isEnding
        self.start = start
        self.indices = indices
        self.edges = ids.indices.map(edgesOf)
    }

    /// The number of nodes.
    public var count: Int { ids.count }

    /// The index of the node called `id`.
    public func index(of id: String) -> Int? { indices[id] }

    /// Incoming edges as source lists, built on demand for backward searches.
    public var predecessors: [[Int]] {
        var result = [[Int]](repeating: [], count: count)
        for (source, outgoing) in edges.enumerated() {
            for edge in outgoing { result[edge.target].append(source) }
        }
        return result
    }
}
