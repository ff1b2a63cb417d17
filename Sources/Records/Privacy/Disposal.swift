import Foundation
import GRDB

/// The disposal log: records removed on purpose, by erasure on request or by a retention purge.
///
/// It names the removed records by id only, and is itself chained, so `verify` accepts their
/// absence and still catches any record removed without one.
public struct Disposal: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var kind: Kind
    /// Why: "erasure on request", "retention: older than 6y".
    public var reason: String
    public var recordIDs: [String]
    public var createdAt: Date

    /// Erasure of one person, or a purge by age.
    public enum Kind: String, Codable, Sendable, Hashable {
        case erasure, purge
    }

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, kind, reason
        case recordIDs = "record_ids_json"
        case createdAt = "created_at"
    }

    var digest: String {
        var encoding = CanonicalEncoding(kind: "disposal")
        encoding.field("id", id)
        encoding.field("disposal-kind", kind.rawValue)
        encoding.field("reason", reason)
        for record in recordIDs { encoding.field("record", record) }
        encoding.field("created-at", StoredTime.text(createdAt))
        return encoding.sha256
    }
}

extension Disposal: FetchableRecord, PersistableRecord, StoredTimeRecord {
    public static let databaseTableName = "disposal"
}
