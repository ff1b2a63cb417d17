/// One fact laid out for the compiled conditions: values as bits, so a test is a mask and a compare.
///
/// - bool: bit 0 is `false`, bit 1 is `true`.
/// - enum: bit *i* is the fact's *i*-th value.
/// - set: bit *i* is set when the *i*-th value is a member.
/// - number: `number`; datetime: only `known` matters to conditions.
///
/// `decided` marks the bits that are settled: all of them for a known fact, none for an unknown one.
/// The static checks also settle a set's members one at a time, to search without listing every subset.
struct EncodedFact {
    var known: Bool
    var bits: UInt64
    var decided: UInt64
    var number: Double

    static let unknown = EncodedFact(known: false, bits: 0, decided: 0, number: 0)

    static func value(bits: UInt64) -> EncodedFact { EncodedFact(known: true, bits: bits, decided: ~0, number: 0) }

    static func value(number: Double) -> EncodedFact { EncodedFact(known: true, bits: 0, decided: ~0, number: number) }
}

/// How one slot of the schema turns a `FactValue` into an `EncodedFact`.
struct FactEncoder: Sendable {
    let type: FactType
    let values: [String]
    /// What no answer means (`FactDefinition.absent`); such a fact is never unknown.
    let absent: FactValue?

    init(type: FactType, values: [String], absent: FactValue? = nil) {
        self.type = type
        self.values = values
        self.absent = absent
    }

    func encode(_ value: FactValue?) -> EncodedFact {
        switch (type, value ?? absent) {
        case (.bool, .bool(let flag)?):
            return .value(bits: flag ? 0b10 : 0b01)
        case (.number, .number(let number)?):
            return .value(number: number)
        case (.enum, .word(let word)?):
            return .value(bits: bit(of: word))
        case (.set, .set(let members)?):
            var bits: UInt64 = 0
            for member in members { bits |= bit(of: member) }
            return .value(bits: bits)
        case (.datetime, .datetime?):
            return .value(bits: 0)
        default:
            return .unknown
        }
    }

    /// The bit of one allowed value; 0 for a value the schema does not allow (it matches nothing).
    func bit(of word: String) -> UInt64 {
        // Values are few and short: a linear scan beats hashing the word.
        for index in values.indices where values[index] == word { return 1 << UInt64(index) }
        return 0
    }
}
