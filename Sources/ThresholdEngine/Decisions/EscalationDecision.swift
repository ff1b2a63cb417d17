import Foundation

/// The decision for one escalation: how strongly it is needed, by when, and which rules say so.
public struct EscalationDecision: Sendable, Hashable {
    /// The escalation as the policy declares it.
    public var escalation: Escalation
    /// `required`, `consult` or `notRequired`: the strongest outcome of the rules that fired.
    public var status: EscalationStatus
    /// The strongest outcome's deadline (the earliest among equally strong ones); nil when not required.
    public var deadline: Deadline?
    /// `aware_at` (or the clock) plus the deadline; nil for `without-delay` and when not required.
    public var due: Date?
    /// The rules that fired for this escalation, in policy order.
    public var rules: [FiredRule]
    /// Unknown facts that could change this escalation's outcome, in schema order.
    public var findOut: [String]

    /// The escalation's id.
    public var id: String { escalation.id }
}

/// A rule that fired for an escalation, and what it asked for.
public struct FiredRule: Sendable, Hashable {
    /// The rule's id.
    public var id: String
    /// `true`, or `unknown` when facts it reads are not known yet.
    public var truth: Truth
    /// What it asks for this escalation: its outcome when true, `consult` when unknown.
    public var status: EscalationStatus
    /// The deadline it sets for this escalation.
    public var deadline: Deadline
    /// Why, in the policy's words.
    public var because: String
    /// The guidance or law it comes from.
    public var source: String
    /// When `truth` is unknown: the unknown facts that would settle it, in schema order.
    public var findOut: [String]
}
