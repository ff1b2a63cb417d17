/// Someone who may need to be told about an incident, how, and by when.
public struct Escalation: Sendable, Hashable, Identifiable {
    /// A stable id that live systems integrate against, e.g. `safeguarding_referral`.
    public var id: String
    /// What to do, as a checklist line: "Report to the police".
    public var label: String
    /// Who does it or who receives it.
    public var who: String
    /// How to reach them: the number, form or portal; empty when the policy does not say.
    public var how: String
    /// The default deadline, counted from `aware_at`; a rule may set a shorter one.
    public var deadline: Deadline
    /// When the escalation is relevant at all (DBS: the alleged perpetrator is staff or a volunteer).
    /// `policy check` warns when a rule can raise it, even as `consult`, while this is false.
    public var about: Condition?
    /// Where the escalation is declared, for diagnostics.
    public var location: SourceLocation?

    /// Creates an escalation; `location` is where it is declared, when it comes from a file.
    public init(
        id: String, label: String, who: String, how: String = "", deadline: Deadline, about: Condition? = nil,
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.label = label
        self.who = who
        self.how = how
        self.deadline = deadline
        self.about = about
        self.location = location
    }
}
