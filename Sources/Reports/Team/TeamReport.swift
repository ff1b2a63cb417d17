import Records

/// The team view: who is competent, who has no sign-off or is due a refresher, what evidence
/// awaits moderation, which stages and escalations the team keeps getting wrong, and how that
/// moves month by month. Voided attempts count in no figure; pass rates and Competent counts come
/// from assessment attempts alone (see `ModeSplit`).
public struct TeamReport: Sendable, Hashable {
    public var scope: ReportScope
    /// Escalation labels and scenario titles for the page.
    public var labels: ReportLabels
    /// Completed attempts in the period that are not void, by mode.
    public var modes: ModeSplit
    /// Completed attempts in the period that were voided and so left out.
    public var voided: Int
    /// The sites compared, by name: one site unless the records hold several and the scope takes all.
    public var sites: [SitePassRate]
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
    /// Everyone with attempts, or registered as a trainee, who holds no valid sign-off on the day
    /// of the report, whatever the period; by name.
    public var unsigned: [UnsignedStaff]
    /// Assessment attempts whose free text awaits moderation, whatever the period; oldest first.
    public var awaitingModeration: [UnmoderatedEvidence]
    /// Oldest month first.
    public var trends: [MonthlyTrend]

    /// Completed attempts in the period that are not void, in every mode.
    public var attempts: Int { modes.attempts }
}
