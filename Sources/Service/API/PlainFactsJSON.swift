import ThresholdEngine

/// Reads the usual body of `POST /v1/decisions` in one pass over its bytes: a JSON object whose keys
/// are facts of the policy, each given once, with a value that fact accepts (`null`, `true`/`false`,
/// a number, a date-time string, a value of its enum, a list of its values). For such a body it gives
/// exactly the facts `FactsBody`'s full reading gives (YAML reader and `FactSchema.readFacts`).
///
/// It declines (nil) anything else, however valid, rather than judging it: a string with an escape,
/// a tab, a value of the wrong type, an unknown or repeated key. Those bodies take the full reading,
/// which finds the mistake and names it. So this reader never refuses a body, and never accepts one
/// that the full reading would refuse.
struct PlainFactsJSON {
    private let bytes: [UInt8]
    private let schema: FactSchema
    private var position = 0

    /// The facts of `bytes`, or nil when the body is not one this reader takes.
    static func facts(_ bytes: [UInt8], schema: FactSchema) -> Facts? {
        var reader = PlainFactsJSON(bytes: bytes, schema: schema)
        return reader.object()
    }

    private init(bytes: [UInt8], schema: FactSchema) {
        self.bytes = bytes
        self.schema = schema
    }

    private mutating func object() -> Facts? {
        guard take(UInt8(ascii: "{")) else { return nil }
        var facts = Facts()
        var seen = Set<String>()
        if !take(UInt8(ascii: "}")) {
            repeat {
                guard let id = string(), seen.insert(id).inserted, let definition = schema[id], take(UInt8(ascii: ":")) else { return nil }
                switch value(for: definition) {
                case .known(let value): facts[id] = value
                case .unknown: break
                case .declined: return nil
                }
            } while take(UInt8(ascii: ","))
            guard take(UInt8(ascii: "}")) else { return nil }
        }
        skipSpace()
        return position == bytes.count ? facts : nil
    }

    /// What a fact's value in the body says.
    private enum Reading {
        case known(FactValue)
        /// `null`.
        case unknown
        /// Not a plain value the fact accepts: the full reading decides.
        case declined
    }

    private mutating func value(for definition: FactDefinition) -> Reading {
        if literal("null") { return .unknown }
        let value: FactValue? = switch definition.type {
        case .bool: literal("true") ? .bool(true) : literal("false") ? .bool(false) : nil
        case .number: number().map(FactValue.number)
        case .datetime: string().flatMap(FactSchema.parseDate).map(FactValue.datetime)
        case .enum: word(of: definition).map(FactValue.word)
        case .set: members(of: definition).map(FactValue.set)
        }
        return value.map(Reading.known) ?? .declined
    }

    /// A list of the fact's values, or one value on its own (as the YAML reader takes it).
    private mutating func members(of definition: FactDefinition) -> Set<String>? {
        guard take(UInt8(ascii: "[")) else { return word(of: definition).map { [$0] } }
        var members = Set<String>()
        if !take(UInt8(ascii: "]")) {
            repeat {
                guard let member = word(of: definition) else { return nil }
                members.insert(member)
            } while take(UInt8(ascii: ","))
            guard take(UInt8(ascii: "]")) else { return nil }
        }
        return members
    }

    /// A string that is one of the fact's values.
    private mutating func word(of definition: FactDefinition) -> String? {
        string().flatMap { definition.values.contains($0) ? $0 : nil }
    }

    /// A string of printable ASCII without escapes.
    private mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "\"") {
            let byte = bytes[position]
            guard byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") else { return nil }
            position += 1
        }
        guard position < bytes.count else { return nil }
        position += 1
        return String(decoding: bytes[start..<(position - 1)], as: UTF8.self)
    }

    /// A finite number in JSON's grammar: `-`, digits without a leading zero, a fraction, an exponent.
    private mutating func number() -> Double? {
        skipSpace()
        let start = position
        _ = advance(over: UInt8(ascii: "-"))
        let integer = digits()
        guard integer > 0, integer == 1 || bytes[position - integer] != UInt8(ascii: "0") else { return nil }
        if advance(over: UInt8(ascii: ".")), digits() == 0 { return nil }
        if advance(over: UInt8(ascii: "e")) || advance(over: UInt8(ascii: "E")) {
            if !advance(over: UInt8(ascii: "+")) { _ = advance(over: UInt8(ascii: "-")) }
            if digits() == 0 { return nil }
        }
        guard let number = Double(String(decoding: bytes[start..<position], as: UTF8.self)), number.isFinite else { return nil }
        return number
    }

    private mutating func digits() -> Int {
        let start = position
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
        return position - start
    }

    /// Skips space and then `word` if it comes next (what follows is checked by the caller's grammar).
    private mutating func literal(_ word: StaticString) -> Bool {
        skipSpace()
        let length = word.utf8CodeUnitCount
        guard position + length <= bytes.count else { return false }
        let matches = word.withUTF8Buffer { $0.elementsEqual(bytes[position..<(position + length)]) }
        guard matches else { return false }
        position += length
        return true
    }

    /// Skips space and then `byte` if it comes next.
    private mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        return advance(over: byte)
    }

    private mutating func advance(over byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// Space, line feed and carriage return: JSON's whitespace but the tab, which YAML does not take everywhere.
    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"): position += 1
            default: return
            }
        }
    }
}
