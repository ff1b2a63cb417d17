/// The team view: who is competent, who is due a refresher, which stages and escalations the team
/// keeps getting wrong, and how that moves month by month. Voided attempts count in no figure.
public struct TeamReport: Sendable, Hashable {
    public var scope: ReportScope
    /// Completed attempts in the period that are not void.
    public var attempts: Int
    /// Completed attempts in the period that were voided and so left out.
    public var voided: Int
    /// By name.
    public var trainees: [TraineeStageScores]
    /// By scenario id.
    public var scenarios: [ScenarioPassRate]
    /// Most missed or over-used first.
    public var escalations: [EscalationTally]
    /// The ten most common, most frequent first.
    public var criticalErrors: [CriticalErrorTally]
    /// Earliest refresh date first.
    public var refreshes: [RefreshStatus]
    /// Oldest month first.
    public var trends: [MonthlyTrend]
}
