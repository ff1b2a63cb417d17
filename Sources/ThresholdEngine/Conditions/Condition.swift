/// A fact named in a condition, with its slot in the policy's schema.
public struct FactReference: Sendable, Hashable {
    public let id: String
    public let slot: Int

    public init(id: String, slot: Int) {
        self.id = id
        self.slot = slot
    }
}

/// A comparison operator of the condition language.
public enum Comparison: String, Sendable, Hashable {
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="

    /// Whether `lhs op rhs` holds for two numbers.
    @inline(__always)
    func holds(_ lhs: Double, _ rhs: Double) -> Bool {
        switch self {
        case .equal: lhs == rhs
        case .notEqual: lhs != rhs
        case .less: lhs < rhs
        case .lessOrEqual: lhs <= rhs
        case .greater: lhs > rhs
        case .greaterOrEqual: lhs >= rhs
        }
    }

    /// The operator that gives the same answer with its operands swapped.
    var flipped: Comparison {
        switch self {
        case .less: .greater
        case .lessOrEqual: .greaterOrEqual
        case .greater: .less
        case .greaterOrEqual: .lessOrEqual
        case .equal, .notEqual: self
        }
    }
}

/// A parsed, type-checked `when` condition (see `docs/formats.md`).
public indirect enum Condition: Sendable, Hashable {
    case constant(Bool)
    /// A bool fact on its own: true when the fact is true.
    case isTrue(FactReference)
    /// `fact op value`, for bool, number and enum facts.
    case compare(FactReference, Comparison, FactValue)
    /// `fact in [values]`: an enum or number fact equal to one of them, or a set fact sharing a member.
    case oneOf(FactReference, [FactValue])
    /// `'value' in fact`, for a set fact.
    case contains(FactReference, String)
    /// `known(fact)`: never unknown.
    case known(FactReference)
    /// A predicate supplied by the host, e.g. `chose(node, choice)` in scenarios.
    case predicate(String, [String])
    case not(Condition)
    case and([Condition])
    case or([Condition])

    /// Every fact the condition reads, in order of first mention.
    public var facts: [FactReference] {
        var seen: [FactReference] = []
        visit { reference in if !seen.contains(reference) { seen.append(reference) } }
        return seen
    }

    /// Every predicate call, e.g. `("chose", ["first-call", "sit-with-her"])`.
    public var predicates: [(name: String, arguments: [String])] {
        switch self {
        case .predicate(let name, let arguments): [(name, arguments)]
        case .not(let inner): inner.predicates
        case .and(let parts), .or(let parts): parts.flatMap(\.predicates)
        default: []
        }
    }

    func visit(_ body: (FactReference) -> Void) {
        switch self {
        case .constant, .predicate: break
        case .isTrue(let fact), .compare(let fact, _, _), .oneOf(let fact, _), .contains(let fact, _), .known(let fact): body(fact)
        case .not(let inner): inner.visit(body)
        case .and(let parts), .or(let parts): for part in parts { part.visit(body) }
        }
    }
}
