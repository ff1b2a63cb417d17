import Foundation
import GRDB

/// A supervisor's registered public key. Only sign-offs made with a registered key are accepted.
public struct SigningKey: Codable, Sendable, Hashable {
    /// SHA-256 of the raw 32-byte Ed25519 public key, in hex.
    public var fingerprint: String
    /// The owner; nil once the owner has been erased (their past signatures still verify).
    public var personID: Int64?
    /// The owner as a salted hash, as committed in the chain.
    public var ownerSHA256: String
    public var publicKey: Data
    public var createdAt: Date

    /// The first 16 hex digits in groups of four: enough to tell keys apart on screen.
    public var shortFingerprint: String { Self.short(fingerprint) }

    /// The short form of any fingerprint.
    public static func short(_ fingerprint: String) -> String {
        stride(from: 0, to: 16, by: 4).map { offset in
            let start = fingerprint.index(fingerprint.startIndex, offsetBy: min(offset, fingerprint.count))
            let end = fingerprint.index(start, offsetBy: min(4, fingerprint.distance(from: start, to: fingerprint.endIndex)))
            return String(fingerprint[start..<end])
        }.joined(separator: ":")
    }

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case fingerprint
        case personID = "person_id"
        case ownerSHA256 = "owner_sha256"
        case publicKey = "public_key"
        case createdAt = "created_at"
    }

    /// What the chain commits to for a key registration.
    var digest: String {
        var encoding = CanonicalEncoding(kind: "key")
        encoding.field("fingerprint", fingerprint)
        encoding.field("owner", ownerSHA256)
        encoding.field("public-key", bytes: publicKey)
        encoding.field("created-at", StoredTime.text(createdAt))
        return encoding.sha256
    }
}

extension SigningKey: FetchableRecord, PersistableRecord, StoredTimeRecord {
    public static let databaseTableName = "signing_key"
}
