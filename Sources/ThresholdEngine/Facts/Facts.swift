/// What is known about an incident: fact id to value. A fact that is absent is unknown.
public struct Facts: Sendable, Hashable, Sequence {
    public private(set) var values: [String: FactValue]

    public init(_ values: [String: FactValue] = [:]) { self.values = values }

    public subscript(id: String) -> FactValue? {
        get { values[id] }
        set { values[id] = newValue }
    }

    public func isKnown(_ id: String) -> Bool { values[id] != nil }

    /// These facts with `newer` laid over them: what was learnt later wins.
    public func merging(_ newer: Facts) -> Facts {
        Facts(values.merging(newer.values) { _, later in later })
    }

    public func makeIterator() -> Dictionary<String, FactValue>.Iterator { values.makeIterator() }
}
