/// How a scenario went across the team, mode by mode.
public struct ScenarioPassRate: Sendable, Hashable {
    public var scenarioID: String
    public var modes: ModeSplit

    /// Attempts in every mode.
    public var attempts: Int { modes.attempts }
    /// Competent assessment attempts.
    public var competent: Int { modes.assessment.competent }
    /// Competent assessment attempts as a share of all assessment attempts, 0 to 1; nil without any.
    public var passRate: Double? { modes.assessment.passRate }
}
