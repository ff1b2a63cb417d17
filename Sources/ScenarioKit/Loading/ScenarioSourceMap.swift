import ThresholdEngine

/// Where each part of a loaded scenario was written, so that checks made after loading (references,
/// graph shape, values) can point at the exact line and column to fix. Arrays run parallel to the
/// model: `nodes[i]` belongs to `scenario.nodes[i]`, `choices[j]` to that node's `j`-th choice.
struct ScenarioSourceMap: Sendable, Hashable {
    /// The start of the file: the place for problems with no better position.
    var file: SourceLocation
    /// The value of each top-level key that was present (`id`, `start`, `setting`, `minutes`, ...).
    var values: [String: SourceLocation] = [:]
    /// The `nodes` key itself, for whole-scenario findings.
    var nodesKey: SourceLocation?
    /// Each `audience` entry.
    var audience: [SourceLocation] = []
    var nodes: [NodeSource] = []

    /// The value of `key`, or the start of the file when the key is absent.
    func value(_ key: String) -> SourceLocation { values[key] ?? file }
}

/// Positions inside one node.
struct NodeSource: Sendable, Hashable {
    /// The node id, as the key under `nodes`.
    var id: SourceLocation
    /// The node's `goto` value (escalate, disclose and record nodes).
    var goto: SourceLocation?
    /// The `rubric` value of a record node.
    var rubric: SourceLocation?
    /// The `model` key of a record node.
    var model: SourceLocation?
    var choices: [ChoiceSource] = []
    /// The `id` value of each disclose item.
    var items: [SourceLocation] = []
    /// True when the node has none of choices/escalate/disclose/record/ending (`SD047`): graph checks
    /// treat it as a dead end that needs no further report.
    var isIncomplete = false
    /// The `goto` of an incomplete node, kept so that the nodes after it do not look unreachable.
    var incompleteGoto: String?
}

/// Positions inside one choice.
struct ChoiceSource: Sendable, Hashable {
    var id: SourceLocation
    var goto: SourceLocation
    var points: SourceLocation
    /// The `chose`/`visited` calls in its `when`, with the position of each argument.
    var references: [PredicateReference] = []
}

/// One `chose(node, choice)` or `visited(node)` call in a condition, with where each argument is written.
struct PredicateReference: Sendable, Hashable {
    struct Argument: Sendable, Hashable {
        var text: String
        var location: SourceLocation
    }

    var name: String
    var arguments: [Argument]
}
