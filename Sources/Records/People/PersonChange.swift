import Foundation
import GRDB

/// A chained change to the person register: a rename, or a merge of one person into another.
///
/// People keep their id through a rename, and a merge moves everything of the merged person to
/// the one kept. Records already in the chain committed to the salted identity of the old name
/// (and, for a merged person, their salt), so the change keeps what `verify` needs to accept them:
/// the identities the person was known by before, and for each chained record whose digest it
/// changed, the digest before and after. It holds no name: only salted hashes, which mean nothing
/// once the person is erased.
public struct PersonChange: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var kind: Kind
    /// The person kept: the one renamed, or the one merged into.
    public var personID: Int64
    /// The person merged away (deleted by the merge); nil for a rename.
    public var mergedID: Int64?
    /// Salted identities that stand for `personID` in records written before this change.
    public var formerIdentities: [String]
    public var recommitments: [Recommitment]
    public var createdAt: Date

    /// What was changed.
    public enum Kind: String, Codable, Sendable, Hashable {
        case rename, merge
    }

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, kind
        case personID = "person_id"
        case mergedID = "merged_id"
        case formerIdentities = "former_identities_json"
        case recommitments = "recommitments_json"
        case createdAt = "created_at"
    }

    /// What the chain commits to: every field, recommitments in order.
    var digest: String {
        var encoding = CanonicalEncoding(kind: "person-change")
        encoding.field("id", id)
        encoding.field("change-kind", kind.rawValue)
        encoding.field("person", String(personID))
        encoding.field("merged", mergedID.map { String($0) })
        for identity in formerIdentities { encoding.field("former-identity", identity) }
        for recommitment in recommitments {
            encoding.field("recommitted-kind", recommitment.kind.rawValue)
            encoding.field("recommitted-record", recommitment.recordID)
            encoding.field("recommitted-was", recommitment.was)
            encoding.field("recommitted-now", recommitment.now)
        }
        encoding.field("created-at", StoredTime.text(createdAt))
        return encoding.sha256
    }
}

extension PersonChange: FetchableRecord, PersistableRecord, StoredTimeRecord {
    public static let databaseTableName = "person_change"
}
