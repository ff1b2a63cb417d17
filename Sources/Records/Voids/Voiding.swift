import Foundation
import GRDB

/// A correction: the record `targetID` no longer counts, for `reason`. The target is kept as it
/// was; records are never edited.
public struct Voiding: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var targetID: String
    public var targetKind: ChainEntry.Kind
    public var reason: String
    public var author: String?
    /// Random per void: the reason and author enter the chain only as hashes salted with it.
    public var salt: Data
    public var createdAt: Date

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, reason, author, salt
        case targetID = "target_id"
        case targetKind = "target_kind"
        case createdAt = "created_at"
    }

    var digest: String {
        var encoding = CanonicalEncoding(kind: "void")
        encoding.field("id", id)
        encoding.field("target", targetID)
        encoding.field("target-kind", targetKind.rawValue)
        encoding.field("reason", Hex.salted(salt, reason))
        encoding.field("author", author.map { Hex.salted(salt, $0) })
        encoding.field("created-at", StoredTime.text(createdAt))
        return encoding.sha256
    }
}

extension Voiding: FetchableRecord, PersistableRecord, StoredTimeRecord {
    public static let databaseTableName = "void"
}
