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
    /// Names of the erased person replaced by their pseudonym in other people's records.
    public var replacements: [NameReplacement]
    public var createdAt: Date

    /// Erasure of one person, or a purge by age.
    public enum Kind: String, Codable, Sendable, Hashable {
        case erasure, purge
    }

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, kind, reason
        case recordIDs = "record_ids_json"
        case replacements = "replacements_json"
        case createdAt = "created_at"
    }

    var digest: String {
        var encoding = CanonicalEncoding(kind: "disposal")
        encoding.field("id", id)
        encoding.field("disposal-kind", kind.rawValue)
        encoding.field("reason", reason)
        for record in recordIDs { encoding.field("record", record) }
        // Only when there are any, so disposals written before replacements existed hash as they did.
        for replacement in replacements {
            encoding.field("replaced", replacement.place.rawValue)
            encoding.field("replaced-record", replacement.recordID)
            encoding.field("replaced-with", replacement.now)
            encoding.field("replaced-committed", replacement.committedSHA256)
        }
        encoding.field("created-at", StoredTime.text(createdAt))
        return encoding.sha256
    }
}

extension Disposal: FetchableRecord, PersistableRecord, StoredTimeRecord {
    public static let databaseTableName = "disposal"
}
