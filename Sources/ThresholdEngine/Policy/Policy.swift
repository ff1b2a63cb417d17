/// A threshold policy: the facts it asks about, the escalations it can call for, and the rules that
/// connect them (format in `docs/formats.md`, semantics in `docs/policy.md`).
///
/// A value type with shared, immutable storage: copying a policy is cheap, and its rules are compiled
/// once, when it is created, for fast decisions.
public struct Policy: Sendable {
    let storage: Storage

    /// A stable id, e.g. `england-adult-social-care`.
    public var id: String { storage.id }
    /// The policy's own version, e.g. `2026.1`; decisions and records name it.
    public var version: String { storage.version }
    /// Where the policy applies, e.g. `England`.
    public var jurisdiction: String { storage.jurisdiction }
    /// A one-line title for people.
    public var title: String { storage.title }
    /// The facts, in the order `assess` asks about them.
    public var schema: FactSchema { storage.schema }
    /// The escalations, in the order decisions list them.
    public var escalations: [Escalation] { storage.escalations }
    /// The rules, in the order they are written.
    public var rules: [Rule] { storage.rules }
    /// The SHA-256 of the file's bytes, in lowercase hex: pins exactly which policy made a decision.
    public var sha256: String { storage.sha256 }
    /// The file the policy was read from, as given; empty for a policy built in code.
    public var path: String { storage.path }

    /// The id, version and hash that a decision or a record cites.
    public var identity: PolicyIdentity { PolicyIdentity(id: id, version: version, sha256: sha256) }

    /// Builds a policy from parts that are already checked. Outcomes naming an escalation that is not
    /// in `escalations` are ignored; `Policy.load(path:)` reports them instead.
    public init(
        id: String, version: String, jurisdiction: String = "", title: String = "",
        schema: FactSchema, escalations: [Escalation], rules: [Rule], sha256: String = "", path: String = ""
    ) {
        storage = Storage(
            id: id, version: version, jurisdiction: jurisdiction, title: title.isEmpty ? id : title,
            schema: schema, escalations: escalations, rules: rules, sha256: sha256, path: path)
    }

    /// The escalation with this id.
    public func escalation(_ id: String) -> Escalation? { storage.escalationSlots[id].map { escalations[$0] } }

    /// The rule with this id.
    public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }

    /// Immutable and shared between copies, so a `Decision` can keep its policy for one retain.
    final class Storage: Sendable {
        let id: String
        let version: String
        let jurisdiction: String
        let title: String
        let schema: FactSchema
        let escalations: [Escalation]
        let rules: [Rule]
        let sha256: String
        let path: String
        let escalationSlots: [String: Int]
        let compiled: CompiledPolicy

        init(id: String, version: String, jurisdiction: String, title: String, schema: FactSchema,
             escalations: [Escalation], rules: [Rule], sha256: String, path: String) {
            self.id = id
            self.version = version
            self.jurisdiction = jurisdiction
            self.title = title
            self.schema = schema
            self.escalations = escalations
            self.rules = rules
            self.sha256 = sha256
            self.path = path
            var slots: [String: Int] = [:]
            for (index, escalation) in escalations.enumerated() where slots[escalation.id] == nil { slots[escalation.id] = index }
            escalationSlots = slots
            compiled = CompiledPolicy(schema: schema, escalations: escalations, escalationSlots: slots, rules: rules)
        }
    }
}

/// Which policy made a decision: enough to find the exact file again.
public struct PolicyIdentity: Sendable, Hashable, Codable {
    /// The policy's id.
    public var id: String
    /// The policy's version.
    public var version: String
    /// The SHA-256 of the policy file, lowercase hex.
    public var sha256: String

    /// Creates an identity.
    public init(id: String, version: String, sha256: String) {
        self.id = id
        self.version = version
        self.sha256 = sha256
    }
}
