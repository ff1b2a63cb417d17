/// Where a condition reads its facts and answers its host predicates.
public protocol ConditionContext {
    func value(of fact: FactReference) -> FactValue?
    /// Answers a host predicate such as `chose(node, choice)`; hosts without predicates say `unknown`.
    func predicate(_ name: String, _ arguments: [String]) -> Truth
}

extension ConditionContext {
    public func predicate(_ name: String, _ arguments: [String]) -> Truth { .unknown }
}

extension Facts: ConditionContext {
    public func value(of fact: FactReference) -> FactValue? { self[fact.id] }
}

/// Facts laid out by schema slot, so a compiled condition reads a fact with an array index.
public struct FactVector: ConditionContext, Sendable {
    public var values: [FactValue?]

    public init(_ facts: Facts, schema: FactSchema) {
        values = schema.definitions.map { facts[$0.id] }
    }

    public func value(of fact: FactReference) -> FactValue? { values[fact.slot] }
}

extension Condition {
    /// The condition's truth under Kleene's three-valued logic.
    public func evaluate<Context: ConditionContext>(in context: Context) -> Truth {
        switch self {
        case .constant(let flag):
            return Truth(flag)
        case .isTrue(let fact):
            guard case .bool(let flag)? = context.value(of: fact) else { return .unknown }
            return Truth(flag)
        case .compare(let fact, let op, let literal):
            guard let value = context.value(of: fact) else { return .unknown }
            return Truth(Self.compare(value, op, literal))
        case .oneOf(let fact, let literals):
            guard let value = context.value(of: fact) else { return .unknown }
            if case .set(let members) = value {
                return Truth(literals.contains { if case .word(let word) = $0 { members.contains(word) } else { false } })
            }
            return Truth(literals.contains { Self.compare(value, .equal, $0) })
        case .contains(let fact, let member):
            guard case .set(let members)? = context.value(of: fact) else { return .unknown }
            return Truth(members.contains(member))
        case .known(let fact):
            return Truth(context.value(of: fact) != nil)
        case .predicate(let name, let arguments):
            return context.predicate(name, arguments)
        case .not(let inner):
            return !inner.evaluate(in: context)
        case .and(let parts):
            var result = Truth.true
            for part in parts {
                result = result && part.evaluate(in: context)
                if result == .false { return .false }
            }
            return result
        case .or(let parts):
            var result = Truth.false
            for part in parts {
                result = result || part.evaluate(in: context)
                if result == .true { return .true }
            }
            return result
        }
    }

    /// The unknown facts that leave this condition undecided: finding them out would settle it.
    /// Empty when the condition is true or false.
    public func undecidingFacts<Context: ConditionContext>(in context: Context) -> [FactReference] {
        guard evaluate(in: context) == .unknown else { return [] }
        switch self {
        case .isTrue(let fact), .compare(let fact, _, _), .oneOf(let fact, _), .contains(let fact, _):
            return [fact]
        case .not(let inner):
            return inner.undecidingFacts(in: context)
        case .and(let parts), .or(let parts):
            var seen: [FactReference] = []
            for fact in parts.flatMap({ $0.undecidingFacts(in: context) }) where !seen.contains(fact) { seen.append(fact) }
            return seen
        case .constant, .known, .predicate:
            return []
        }
    }

    static func compare(_ value: FactValue, _ op: Comparison, _ literal: FactValue) -> Bool {
        switch (value, literal) {
        case (.number(let a), .number(let b)):
            op.holds(a, b)
        default:
            op == .notEqual ? value != literal : value == literal
        }
    }
}
