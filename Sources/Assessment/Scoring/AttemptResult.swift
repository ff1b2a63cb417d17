import ScenarioKit

/// The judgement of one attempt: every decision marked, a score per stage, and the outcome with its
/// reasons. Codable, so the records keep it whole.
public struct AttemptResult: Sendable, Hashable, Codable {
    public var scenarioID: String
    public var decisions: [DecisionResult]
    public var stages: [StageScore]
    /// Weighted over the stages reached, 0 to 100.
    public var percent: Double
    public var competent: Bool
    /// Why the outcome is what it is; critical errors first.
    public var reasons: [String]
    public var criticalErrors: [CriticalError]
    public var ending: EndingKind?

    public var outcomeLabel: String { competent ? "Competent" : "Not yet competent" }
}

/// A stage's score: the mean of its decisions' marks.
public struct StageScore: Sendable, Hashable, Codable {
    public var stage: WorkflowStage
    public var title: String
    /// Nil when the attempt made no decision in this stage.
    public var percent: Double?
    public var decisions: Int
    public var floor: Double
}

/// A never-event: a critical choice, or a critical escalation missed.
public struct CriticalError: Sendable, Hashable, Codable {
    public var node: String
    public var what: String
    public var why: String
}

/// One decision marked.
public struct DecisionResult: Sendable, Hashable, Codable {
    public var node: String
    public var stage: WorkflowStage
    public var kind: String
    /// What the trainee answered, in words.
    public var answer: String
    /// 0 to 1, after any supervisor's override.
    public var fraction: Double
    public var feedback: [String]
    public var escalation: EscalationJudgement?
    public var disclosure: DisclosureJudgement?
    public var record: RecordJudgement?
    public var override: ScoreOverride?
}

/// An escalate answer against the threshold engine's decision for the facts known at the node.
public struct EscalationJudgement: Sendable, Hashable, Codable {
    public var required: [String]
    public var consult: [String]
    public var chosen: [String]
    /// Required but not chosen: under-escalation.
    public var missed: [String]
    /// Chosen where not required: over-escalation.
    public var overUsed: [String]
    /// The rules that fired (their conditions hold on the facts), as "label: because (source)".
    public var reasons: [String]
    /// The rules that might fire if unknown facts turned out so, as "label, if facts were so: because
    /// (source)": never presented as reasons. Nil in results stored before policy 2027.
    public var possibilities: [String]?
    /// Why each `consult` is a judgement call: facts still to find out, or the policy's own discretion.
    public var consultNotes: [String]
}

/// A disclose answer against the minimum necessary.
public struct DisclosureJudgement: Sendable, Hashable, Codable {
    public var recipient: String
    public var shared: [String]
    /// Needed but not shared.
    public var withheld: [String]
    /// Shared but not needed.
    public var overshared: [String]
}

/// A record answer against its rubric.
public struct RecordJudgement: Sendable, Hashable, Codable {
    public var rubric: String
    public var present: [String]
    public var missing: [String]
    public var weakening: [String]
    public var model: String
    /// Per element met (by id), the words that met it; absent in results stored before it existed.
    public var evidence: [String: EvidenceSpan]?
    /// Per element an assessor moderated (by id), whether they judged it met; nil when none was.
    public var moderated: [String: Bool]?
}

/// A supervisor's mark for a record answer, replacing the rubric's, with the reason.
public struct ScoreOverride: Sendable, Hashable, Codable {
    public var percent: Double
    public var reason: String
    public var author: String

    public init(percent: Double, reason: String, author: String) {
        self.percent = percent
        self.reason = reason
        self.author = author
    }
}
