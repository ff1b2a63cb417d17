import ScenarioKit
import ThresholdEngine

/// The six-stage incident workflow as a marking scheme: stage weights, the pass mark, a floor per
/// stage, and which missed escalations are critical (`Scoring/workflow.yaml`).
public struct Workflow: Sendable, Hashable {
    public struct Stage: Sendable, Hashable {
        public var id: WorkflowStage
        public var title: String
        public var description: String
        public var weight: Double
        /// A stage scored below its floor means "not yet competent", whatever the overall score.
        public var floor: Double
    }

    /// In workflow order.
    public var stages: [Stage]
    /// The overall percentage needed for "competent".
    public var passMark: Double
    /// Escalations whose omission, when the policy says `required`, is a critical error.
    public var criticalEscalations: Set<String>
    public var sha256: String

    public subscript(stage: WorkflowStage) -> Stage? { stages.first { $0.id == stage } }
}
