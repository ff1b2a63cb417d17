import Foundation

/// The kind of value a fact holds, as declared in the policy's fact schema.
public enum FactType: String, Sendable, Hashable, Codable, CaseIterable {
    case bool, number, `enum`, set, datetime
}

/// A known value of a fact. An unknown fact simply has no value.
public enum FactValue: Sendable, Hashable {
    case bool(Bool)
    case number(Double)
    /// One of an enum fact's allowed values.
    case word(String)
    /// A set fact's members, each one of its allowed values.
    case set(Set<String>)
    case datetime(Date)

    public var type: FactType {
        switch self {
        case .bool: .bool
        case .number: .number
        case .word: .enum
        case .set: .set
        case .datetime: .datetime
        }
    }

    /// How the value is written in YAML, JSON and on screen.
    public var text: String {
        switch self {
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number): number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .word(let word): word
        case .set(let members): "[" + members.sorted().joined(separator: ", ") + "]"
        case .datetime(let date): date.formatted(.iso8601)
        }
    }
}
