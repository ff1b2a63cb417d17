import Assessment
import Foundation
import Records
import ScenarioKit

/// One attempt with everything recorded about it, as every export format sees it.
public struct ExportedAttempt: Codable, Sendable, Hashable {
    /// A lowercase UUID.
    public var id: String
    public var trainee: ExportedPerson
    /// The supervisor or assessor named when the attempt began.
    public var supervisor: ExportedPerson?
    public var scenarioID: String
    /// SHA-256 of the exact scenario file played (kept in the store, so it can be replayed).
    public var scenarioSHA256: String
    public var policySHA256: String
    public var rubricsSHA256: String
    public var mode: Attempt.Mode
    public var startedAt: Date
    public var updatedAt: Date
    public var finishedAt: Date?
    public var status: Attempt.Status
    public var outcome: Attempt.Outcome?
    public var percent: Double?
    /// The scorer's full result: stage scores, every decision marked, critical errors. Nil while in progress.
    public var result: AttemptResult?
    /// Every answer exactly as given, in order, `back` steps included.
    public var answers: [RecordedAnswer]
    public var notes: [Note]
    public var overrides: [RecordedOverride]
    /// Assessors' moderations of the free-text marks, in the order made; the last one's result is the
    /// effective result (`result` stays the provisional one the attempt was finished with).
    public var moderations: [Moderation]
    /// Set when the attempt was voided: it no longer counts.
    public var void: ExportedVoid?

    enum CodingKeys: String, CodingKey {
        case id, trainee, supervisor, mode, status, outcome, percent, result, answers, notes, overrides, moderations, void
        case scenarioID = "scenario_id"
        case scenarioSHA256 = "scenario_sha256"
        case policySHA256 = "policy_sha256"
        case rubricsSHA256 = "rubrics_sha256"
        case startedAt = "started_at"
        case updatedAt = "updated_at"
        case finishedAt = "finished_at"
    }

    /// The answers that stand when they are replayed on `scenario` (the one stored with the
    /// attempt): each `back` step takes back the answer before it, as `resume` and `records verify` read it.
    /// - Throws: `AnswerReplay.Failure` at the first answer that does not fit the scenario.
    public func standingAnswers(on scenario: Scenario, escalations: [String]) throws(AnswerReplay.Failure) -> [RecordedAnswer] {
        try AnswerReplay(answers, scenario: scenario, escalations: escalations).standing
    }

    /// The score of stage `stage` (0 to 100), nil when the attempt made no decision in it.
    public func percent(of stage: WorkflowStage) -> Double? {
        result?.stages.first { $0.stage == stage }?.percent
    }
}

/// A person as an export names them.
public struct ExportedPerson: Codable, Sendable, Hashable {
    public var name: String
    /// Nil for a supervisor named on an attempt but not registered in the store.
    public var role: Person.Role?
    /// The opaque id the xAPI export knows them by (see `RecordStore.pseudonyms()`).
    public var pseudonym: String?
}

/// Why and when an attempt was voided.
public struct ExportedVoid: Codable, Sendable, Hashable {
    /// The void record's own id.
    public var id: String
    public var reason: String
    public var author: String?
    public var voidedAt: Date

    enum CodingKeys: String, CodingKey {
        case id, reason, author
        case voidedAt = "voided_at"
    }
}
