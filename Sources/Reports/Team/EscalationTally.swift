/// How often the team missed an escalation the threshold policy required, and how often it chose
/// one the policy did not require.
public struct EscalationTally: Sendable, Hashable {
    public var escalation: String
    public var missed: Int
    public var overUsed: Int
}
