/// One fact of a policy's schema: its id, type, allowed values and the question `assess` asks.
public struct FactDefinition: Sendable, Hashable {
    public var id: String
    public var type: FactType
    /// The allowed values of an `enum` or `set` fact; empty for other types.
    public var values: [String]
    public var question: String
    public var help: String
    /// What an unanswered fact means, for a fact that describes a concern someone raises (a death, a
    /// radicalisation concern): nobody said so, so it is not raised. Nil for facts that need
    /// judgement (capacity, consent, risk), which stay unknown until answered and make rules `consult`.
    public var absent: FactValue?
    /// Where the fact is declared, for diagnostics.
    public var location: SourceLocation?

    public init(
        id: String, type: FactType, values: [String] = [], question: String = "", help: String = "",
        absent: FactValue? = nil, location: SourceLocation? = nil
    ) {
        self.id = id
        self.type = type
        self.values = values
        self.question = question
        self.help = help
        self.absent = absent
        self.location = location
    }
}

/// The facts a policy knows, in the order `assess` asks about them. Each fact has a slot number
/// (its position) so compiled conditions can read facts without hashing their names.
public struct FactSchema: Sendable, Hashable {
    public let definitions: [FactDefinition]
    private let slots: [String: Int]

    public init(_ definitions: [FactDefinition]) {
        self.definitions = definitions
        var slots: [String: Int] = [:]
        for (index, definition) in definitions.enumerated() where slots[definition.id] == nil { slots[definition.id] = index }
        self.slots = slots
    }

    public subscript(id: String) -> FactDefinition? { slots[id].map { definitions[$0] } }

    public func slot(of id: String) -> Int? { slots[id] }

    public var ids: [String] { definitions.map(\.id) }

    /// `facts` as a decision reads them: every unanswered fact that has an `absent` value takes it.
    public func withAbsentValues(_ facts: Facts) -> Facts {
        var filled = facts
        for definition in definitions where !facts.isKnown(definition.id) {
            if let absent = definition.absent { filled[definition.id] = absent }
        }
        return filled
    }
}
