import Foundation
import GRDB

/// One run of one scenario by one person, pinned to the exact scenario, policy and rubrics used.
public struct Attempt: Codable, Sendable, Hashable, Identifiable {
    /// A lowercase UUID; any unique prefix of six or more characters finds it.
    public var id: String
    public var personID: Int64
    public var scenarioID: String
    /// SHA-256 of the scenario file's bytes, kept in the store so the transcript can be replayed.
    public var scenarioSHA256: String
    public var policySHA256: String
    /// The combined hash of the workflow and recording rubric files.
    public var rubricsSHA256: String
    public var mode: Mode
    /// The supervisor or assessor present, as named by the trainer.
    public var supervisor: String?
    public var startedAt: Date
    /// Moves with every answer and with finishing: what "most recent" means for `resume`.
    public var updatedAt: Date
    public var finishedAt: Date?
    public var status: Status
    public var outcome: Outcome?
    public var percent: Double?
    /// The scorer's full result as JSON, as given to `finish` (stored deflated, read back the same).
    public var resultJSON: String? {
        get { storedResult?.json }
        set { storedResult = newValue.map(StoredResult.init(json:)) }
    }
    var storedResult: StoredResult?

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, mode, supervisor, status, outcome, percent
        case personID = "person_id"
        case scenarioID = "scenario_id"
        case scenarioSHA256 = "scenario_sha256"
        case policySHA256 = "policy_sha256"
        case rubricsSHA256 = "rubrics_sha256"
        case startedAt = "started_at"
        case updatedAt = "updated_at"
        case finishedAt = "finished_at"
        case storedResult = "result_json"
    }
}

extension Attempt: FetchableRecord, PersistableRecord, StoredTimeRecord {
    public static let databaseTableName = "attempt"
    static let person = belongsTo(Person.self)
}
