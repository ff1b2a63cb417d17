import Crypto
import Foundation
import GRDB

/// One link of the hash chain: which record, what its content hashed to, and the link hash.
///
/// `entry = SHA-256(prev ‖ kind ‖ record id ‖ content)`, so changing, removing or reordering any
/// record or link changes every link after it.
public struct ChainEntry: Codable, Sendable, Hashable {
    /// 1, 2, 3… in the order records were completed.
    public var seq: Int64
    public var kind: Kind
    public var recordID: String
    public var contentSHA256: String
    public var prevSHA256: String
    public var entrySHA256: String

    /// The `prev` of the first entry.
    public static let genesis = String(repeating: "0", count: 64)

    /// What kind of record a chain entry stands for.
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        case attempt, decision, signoff, void, key, disposal, note
        /// The provider's registration key, made once by `safedrill keys init`.
        case registration
        /// A signature vouching for a signing key: its owner, role and time.
        case endorsement
        /// An assessor's judgement of one element of a free-text answer.
        case moderation
        /// A rename or merge in the person register.
        case personChange = "person-change"
        /// A signed statement of the chain's length and head (`records checkpoint`).
        case checkpoint
        /// A credential from another provider, verified and recorded by `credential import`.
        case credential
    }

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case seq, kind
        case recordID = "record_id"
        case contentSHA256 = "content_sha256"
        case prevSHA256 = "prev_sha256"
        case entrySHA256 = "entry_sha256"
    }

    /// The link hash these fields should have.
    static func link(prev: String, kind: Kind, recordID: String, content: String) -> String {
        var encoding = CanonicalEncoding(kind: "chain")
        encoding.field("prev", prev)
        encoding.field("record-kind", kind.rawValue)
        encoding.field("record", recordID)
        encoding.field("content", content)
        return encoding.sha256
    }

    /// Appends a link for a record inside the caller's write transaction, which holds the write
    /// lock: two processes can never both take the same place in the chain.
    @discardableResult
    static func append(kind: Kind, recordID: String, content: String, in db: Database) throws -> ChainEntry {
        let last = try ChainEntry.order(CodingKeys.seq.desc).fetchOne(db)
        let prev = last?.entrySHA256 ?? genesis
        let entry = ChainEntry(
            seq: (last?.seq ?? 0) + 1, kind: kind, recordID: recordID, contentSHA256: content,
            prevSHA256: prev, entrySHA256: link(prev: prev, kind: kind, recordID: recordID, content: content))
        try entry.insert(db)
        return entry
    }
}

extension ChainEntry: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "chain_entry"
}
