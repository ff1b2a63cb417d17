import Foundation
import ScenarioKit

/// The team report's figures as the store counts them, one snapshot: every count, mean and tally
/// is worked out inside the store, so 100,000 attempts are never decoded one by one.
///
/// Counted attempts are completed, started in the period, at the site asked for and not voided.
public struct TeamTallies: Sendable, Hashable {
    /// Counted attempts grouped by one key (a site, a trainee, a scenario, a month) and mode.
    public struct ModeCount: Sendable, Hashable {
        /// The site's or trainee's name, the scenario's id or the month (`yyyy-MM`) the figures are for.
        public var key: String
        public var mode: Attempt.Mode
        public var attempts: Int
        public var competent: Int
        /// Mean overall score, 0 to 100.
        public var meanPercent: Double?
        /// When the latest of these attempts started (trainee rows only).
        public var lastStarted: Date?
    }

    /// A trainee's mean score in one stage, over the counted attempts that reached it.
    public struct StageMean: Sendable, Hashable {
        public var trainee: String
        public var stage: WorkflowStage
        public var meanPercent: Double
    }

    /// How often an escalation was missed (required, not chosen) or over-used (chosen, not required).
    public struct EscalationCount: Sendable, Hashable {
        public var escalation: String
        /// True for missed, false for over-used.
        public var missed: Bool
        public var times: Int
    }

    /// How often a critical error was made in a scenario.
    public struct CriticalErrorCount: Sendable, Hashable {
        public var scenarioID: String
        public var what: String
        public var times: Int
    }

    /// The refresh date of a trainee's latest sign-off for a pack that is not void.
    public struct Refresh: Sendable, Hashable {
        public var trainee: String
        public var packID: String
        public var due: Date
    }

    /// Completed attempts in the period that were voided: in no other figure.
    public var voided: Int
    /// Per site and mode, ordered by site then mode: the sites compared.
    public var sites: [ModeCount]
    /// Per trainee and mode, ordered by trainee then mode.
    public var trainees: [ModeCount]
    public var stageMeans: [StageMean]
    /// Per scenario and mode, ordered by scenario then mode.
    public var scenarios: [ModeCount]
    /// Most frequent first.
    public var escalations: [EscalationCount]
    /// The ten most frequent, most frequent first.
    public var criticalErrors: [CriticalErrorCount]
    /// Per month and mode, ordered by month then mode.
    public var trends: [ModeCount]
    /// Soonest due first.
    public var refreshes: [Refresh]
}
