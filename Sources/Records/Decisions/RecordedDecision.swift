import Foundation
import GRDB

/// A live threshold decision kept by `safedrill assess` (unless `--no-record`): who, when, on what facts,
/// with which policy, and what the policy decided.
public struct RecordedDecision: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    /// Who recorded it; nil once erased.
    public var personID: Int64?
    public var recorderSHA256: String
    /// Random per decision: facts and report enter the chain only as hashes salted with it.
    public var salt: Data
    public var decidedAt: Date
    public var policySHA256: String
    public var factsJSON: String
    public var reportJSON: String

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, salt
        case personID = "person_id"
        case recorderSHA256 = "recorder_sha256"
        case decidedAt = "decided_at"
        case policySHA256 = "policy_sha256"
        case factsJSON = "facts_json"
        case reportJSON = "report_json"
    }

    var digest: String {
        var encoding = CanonicalEncoding(kind: "decision")
        encoding.field("id", id)
        encoding.field("recorder", recorderSHA256)
        encoding.field("decided-at", StoredTime.text(decidedAt))
        encoding.field("policy-sha256", policySHA256)
        encoding.field("facts", Hex.salted(salt, factsJSON))
        encoding.field("report", Hex.salted(salt, reportJSON))
        return encoding.sha256
    }
}

extension RecordedDecision: FetchableRecord, PersistableRecord, StoredTimeRecord {
    public static let databaseTableName = "decision"
}
