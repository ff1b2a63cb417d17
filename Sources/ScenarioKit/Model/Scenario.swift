import ThresholdEngine

/// A branching training scenario, as loaded from `Scenarios/<id>.yaml` (format in `docs/formats.md`).
public struct Scenario: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var version: String
    public var summary: String
    public var setting: String
    public var audience: [String]
    public var source: String
    public var contentWarning: String?
    /// The author's estimate, when given.
    public var minutes: Int?
    /// Facts known when the scenario starts.
    public var facts: Facts
    public var start: String
    /// Nodes in file order.
    public var nodes: [ScenarioNode] {
        didSet { positions = Self.positions(of: nodes) }
    }
    /// Where each node id first appears in `nodes`: lookups by id are constant time, which keeps
    /// playing and analysing a path linear in its length.
    private var positions: [String: Int]
    /// The file it was loaded from and the SHA-256 of its bytes, for audit.
    public var path: String
    public var sha256: String

    public init(
        id: String, title: String, version: String, summary: String, setting: String, audience: [String],
        source: String, contentWarning: String?, minutes: Int?, facts: Facts, start: String, nodes: [ScenarioNode],
        path: String, sha256: String
    ) {
        self.id = id
        self.title = title
        self.version = version
        self.summary = summary
        self.setting = setting
        self.audience = audience
        self.source = source
        self.contentWarning = contentWarning
        self.minutes = minutes
        self.facts = facts
        self.start = start
        self.nodes = nodes
        positions = Self.positions(of: nodes)
        self.path = path
        self.sha256 = sha256
    }

    public subscript(id: String) -> ScenarioNode? { positions[id].map { nodes[$0] } }

    private static func positions(of nodes: [ScenarioNode]) -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(nodes.count)
        for (index, node) in nodes.enumerated() where positions[node.id] == nil { positions[node.id] = index }
        return positions
    }
}

/// The six stages of the incident workflow, in order.
public enum WorkflowStage: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case safety, evidence, timeline, thresholds, safeguards, review

    /// 1 to 6.
    public var number: Int { (Self.allCases.firstIndex(of: self) ?? 0) + 1 }

    public static func < (lhs: WorkflowStage, rhs: WorkflowStage) -> Bool { lhs.number < rhs.number }
}
