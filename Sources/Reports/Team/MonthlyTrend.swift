/// The team's attempts started in one calendar month (UTC), mode by mode.
public struct MonthlyTrend: Sendable, Hashable {
    /// `YYYY-MM`.
    public var month: String
    public var modes: ModeSplit

    /// Attempts in every mode.
    public var attempts: Int { modes.attempts }
    /// Assessment attempts' mean score, 0 to 100; nil without any.
    public var meanPercent: Double? { modes.assessment.meanPercent }
    /// Competent share of the assessment attempts, 0 to 1; nil without any.
    public var passRate: Double? { modes.assessment.passRate }
}
