/// Facts laid out for one policy's compiled rules: encoded once, decided on as often as needed
/// (again as the clock moves, or many times in a benchmark) without looking at a string.
public struct PreparedFacts: Sendable {
    /// The facts by schema slot, for the reasons and facts-to-find-out that a decision reports.
    public var vector: FactVector { storage.vector }
    var encoded: [EncodedFact] { storage.encoded }
    /// One reference to share, so a decision keeps its facts for one retain.
    private let storage: Storage

    private final class Storage: Sendable {
        let vector: FactVector
        let encoded: [EncodedFact]

        init(vector: FactVector, encoded: [EncodedFact]) {
            self.vector = vector
            self.encoded = encoded
        }
    }

    /// Prepares `facts` for `policy`; a fact the policy does not know is ignored.
    public init(_ facts: Facts, for policy: Policy) {
        self.init(FactVector(facts, schema: policy.schema), for: policy)
    }

    /// Prepares facts already laid out by `policy`'s schema slots. A fact left unanswered that has an
    /// `absent` value in the schema takes that value: a concern nobody raised is not raised.
    public init(_ vector: FactVector, for policy: Policy) {
        let definitions = policy.schema.definitions
        var filled = vector
        filled.values = definitions.indices.map { slot in (slot < vector.values.count ? vector.values[slot] : nil) ?? definitions[slot].absent }
        let encoders = policy.storage.compiled.encoders
        let encoded = encoders.indices.map { slot in encoders[slot].encode(filled.values[slot]) }
        storage = Storage(vector: filled, encoded: encoded)
    }
}
