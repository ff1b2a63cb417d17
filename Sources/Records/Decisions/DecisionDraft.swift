import Foundation
import GRDB
import ThresholdEngine

/// An `assess` interview not finished yet: who is deciding, on which policy, and the answers so far
/// in the order given, one group per step, as `FactInterview` keeps them.
public struct DecisionDraft: Sendable, Hashable, Identifiable {
    public var id: String
    /// Who is making the decision.
    public var recorder: String
    public var policySHA256: String
    /// The time the interview decides at (`assess --at`); nil to decide at the time it is resumed.
    public var decideAt: Date?
    public var startedAt: Date
    public var updatedAt: Date
    /// The answers, one group per step; a nil value is "not known".
    public var steps: [[Answer]]

    /// A draft as the store holds it.
    public init(
        id: String, recorder: String, policySHA256: String, decideAt: Date?, startedAt: Date, updatedAt: Date, steps: [[Answer]]
    ) {
        self.id = id
        self.recorder = recorder
        self.policySHA256 = policySHA256
        self.decideAt = decideAt
        self.startedAt = startedAt
        self.updatedAt = updatedAt
        self.steps = steps
    }

    /// One fact's answer in a step.
    public struct Answer: Sendable, Hashable, Codable {
        public var fact: String
        /// The value as `FactValue.text` writes it; nil when not known.
        public var value: String?

        public init(fact: String, value: String?) {
            self.fact = fact
            self.value = value
        }
    }

    /// The steps of `interview`, ready to keep.
    public static func steps(of interview: FactInterview) -> [[Answer]] {
        interview.history.map { ids in ids.map { Answer(fact: $0, value: interview.facts[$0]?.text) } }
    }

    /// The interview this draft was at, replayed step by step on `policy`; nil when an answer no
    /// longer fits the policy (the draft was started on another version).
    public func interview(on policy: Policy) -> FactInterview? {
        var interview = FactInterview(policy: policy)
        for step in steps {
            var answers: [(id: String, value: FactValue?)] = []
            for answer in step {
                guard let definition = policy.schema[answer.fact] else { return nil }
                guard let text = answer.value else {
                    answers.append((answer.fact, nil))
                    continue
                }
                guard let value = FactValue.read(text, as: definition) else { return nil }
                answers.append((answer.fact, value))
            }
            interview.answer(answers)
        }
        return interview
    }
}

/// The row behind a `DecisionDraft`.
struct StoredDecisionDraft: Codable, FetchableRecord, PersistableRecord, StoredTimeRecord {
    static let databaseTableName = "decision_draft"
    var id: String
    var personID: Int64
    var policySHA256: String
    var decideAt: Date?
    var startedAt: Date
    var updatedAt: Date
    var stepsJSON: String

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id
        case personID = "person_id"
        case policySHA256 = "policy_sha256"
        case decideAt = "decide_at"
        case startedAt = "started_at"
        case updatedAt = "updated_at"
        case stepsJSON = "steps_json"
    }
}
