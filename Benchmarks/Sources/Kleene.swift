// Kleene's three-valued logic over `Bool?` (nil is unknown), for the hand-written baseline: with
// these the rules read like the policy's `when` conditions. Every operand is evaluated (no short
// circuit), so the optimiser can turn a rule into straight-line code, as the engine's program is.

precedencegroup KleeneDisjunctionPrecedence {
    associativity: left
    higherThan: AssignmentPrecedence
    lowerThan: ComparisonPrecedence
}

precedencegroup KleeneConjunctionPrecedence {
    associativity: left
    higherThan: KleeneDisjunctionPrecedence
    lowerThan: ComparisonPrecedence
}

/// Kleene `and`: false wins over unknown, unknown over true.
infix operator &&& : KleeneConjunctionPrecedence
/// Kleene `or`: true wins over unknown, unknown over false.
infix operator ||| : KleeneDisjunctionPrecedence

@inline(__always) func &&& (a: Bool?, b: Bool?) -> Bool? {
    if a == false || b == false { return false }
    return a == nil || b == nil ? nil : true
}

@inline(__always) func ||| (a: Bool?, b: Bool?) -> Bool? {
    if a == true || b == true { return true }
    return a == nil || b == nil ? nil : false
}

/// Kleene `not`: unknown stays unknown.
@inline(__always) func not(_ a: Bool?) -> Bool? { a.map { !$0 } }

extension Optional where Wrapped: Equatable {
    /// `fact == value`: unknown while the fact is. (Swift's own `==` on an optional would say false.)
    @inline(__always) func equals(_ value: Wrapped) -> Bool? { map { $0 == value } }
}
