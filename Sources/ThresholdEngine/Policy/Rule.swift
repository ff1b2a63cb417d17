/// What a rule asks for one escalation when its condition is true.
public struct Outcome: Sendable, Hashable {
    /// The escalation's id.
    public var escalation: String
    /// `required` or `consult`: a rule never lowers an outcome.
    public var status: EscalationStatus
    /// A deadline that overrides the escalation's own, e.g. police `immediately` for imminent harm.
    public var deadline: Deadline?
    /// Where the outcome is written, for diagnostics.
    public var location: SourceLocation?

    /// Creates an outcome.
    public init(escalation: String, status: EscalationStatus, deadline: Deadline? = nil, location: SourceLocation? = nil) {
        self.escalation = escalation
        self.status = status
        self.deadline = deadline
        self.location = location
    }
}

/// One threshold: when its condition holds, these escalations are required or to be considered, and why.
public struct Rule: Sendable, Hashable, Identifiable {
    /// A stable id, named by golden cases and shown in decisions.
    public var id: String
    /// The condition on facts (the rule's `when`).
    public var when: Condition
    /// What the rule asks for, one outcome per escalation, in the order written.
    public var outcomes: [Outcome]
    /// Why, in words a manager can say to the person and write in the record.
    public var because: String
    /// The guidance or law the rule comes from.
    public var source: String
    /// Where the rule is declared, for diagnostics.
    public var location: SourceLocation?

    /// Creates a rule.
    public init(id: String, when: Condition, outcomes: [Outcome], because: String, source: String, location: SourceLocation? = nil) {
        self.id = id
        self.when = when
        self.outcomes = outcomes
        self.because = because
        self.source = source
        self.location = location
    }
}
