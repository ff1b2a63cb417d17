/// A golden case: facts about an incident and what the policy must decide for them.
public struct PolicyTestCase: Sendable, Hashable {
    /// What the case describes; unique in its file.
    public var name: String
    /// The facts; those left out are unknown.
    public var facts: Facts
    /// The status expected for every escalation, in the order written.
    public var expect: [Expectation]
    /// The ids of the rules expected to fire (condition true or unknown); nil when the case does not say.
    public var fired: [String]?
    /// Where the case starts, for failure messages.
    public var location: SourceLocation?

    /// One escalation's expected status.
    public struct Expectation: Sendable, Hashable {
        /// The escalation's id.
        public var escalation: String
        /// The status the policy must give it.
        public var status: EscalationStatus

        /// Creates an expectation.
        public init(escalation: String, status: EscalationStatus) {
            self.escalation = escalation
            self.status = status
        }
    }

    /// Creates a case.
    public init(name: String, facts: Facts, expect: [Expectation], fired: [String]? = nil, location: SourceLocation? = nil) {
        self.name = name
        self.facts = facts
        self.expect = expect
        self.fired = fired
        self.location = location
    }
}
