import Foundation
import ScenarioKit

/// One row of the team heat map: a trainee's attempts by mode and mean score per workflow stage.
public struct TraineeStageScores: Sendable, Hashable {
    public var trainee: String
    public var modes: ModeSplit
    /// When the trainee's most recent attempt in the period started.
    public var lastAttempt: Date?
    /// Mean stage score over attempts in every mode, 0 to 100; a stage none of them reached is absent.
    public var stages: [WorkflowStage: Double]

    /// Attempts in every mode.
    public var attempts: Int { modes.attempts }
    /// Competent assessment attempts.
    public var competent: Int { modes.assessment.competent }
    /// Competent share of the assessment attempts, 0 to 1; nil without any.
    public var passRate: Double? { modes.assessment.passRate }
}
