import Foundation
import ScenarioKit

/// One row of the team heat map: a trainee's attempts and mean score per workflow stage.
public struct TraineeStageScores: Sendable, Hashable {
    public var trainee: String
    public var attempts: Int
    public var competent: Int
    /// When the trainee's most recent attempt in the period started.
    public var lastAttempt: Date?
    /// Mean stage score, 0 to 100; a stage none of the attempts reached is absent.
    public var stages: [WorkflowStage: Double]

    /// Competent attempts as a share of all of them, 0 to 1.
    public var passRate: Double { attempts == 0 ? 0 : Double(competent) / Double(attempts) }
}
