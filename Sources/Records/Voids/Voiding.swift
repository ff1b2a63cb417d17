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

    /// How the author's name enters the chain: salted with the void's own salt.
    static func authorHash(_ author: String, salt: Data) -> String {
        Hex.salted(salt, author)
    }

    var digest: String { digest(erased: .none) }

    /// The digest; `erased` gives the hash committed before an erasure replaced the author's name.
    func digest(erased: ErasedNames) -> String {
        var encoding = CanonicalEncoding(kind: "void")
        encoding.field("id", id)
        encoding.field("target", targetID)
        encoding.field("target-kind", targetKind.rawValue)
        encoding.field("reason", Hex.salted(salt, reason))
        encoding.field("author", erased.hashed(author, at: .voidAuthor, of: id) { Self.authorHash($0, salt: salt) })
        encoding.field("created-at", StoredTime.text(createdAt))
        return encoding.sha256
    }
}

extension Voiding: FetchableRecord, PersistableRecord, StoredTimeRecord {
    public static let databaseTableName = "void"
}
