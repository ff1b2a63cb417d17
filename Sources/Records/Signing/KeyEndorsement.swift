import Foundation
import GRDB

/// A signed statement that a signing key belongs to a person in a role, from a given time.
///
/// Made by the registration key or by a manager's endorsed key; when the person already holds
/// an endorsed key it is a rotation, made by that key or the registration key, and it replaces
/// the person's earlier keys. The person enters the statement as the salted hash the key
/// registration commits to, never as a name, so erasing them leaves the statement verifiable.
public struct KeyEndorsement: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    /// The endorsed key.
    public var keyFingerprint: String
    public var publicKey: Data
    /// The key's owner as a salted hash (the same as `SigningKey.ownerSHA256`).
    public var ownerSHA256: String
    /// What the owner may do with the key: a manager's endorsed key may endorse others.
    public var role: Person.Role
    /// The registration key's fingerprint, or the endorsing signing key's.
    public var endorserFingerprint: String
    public var endorsedAt: Date
    public var signature: Data

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, role, signature
        case keyFingerprint = "key_fingerprint"
        case publicKey = "public_key"
        case ownerSHA256 = "owner_sha256"
        case endorserFingerprint = "endorser_fingerprint"
        case endorsedAt = "endorsed_at"
    }

    /// The canonical bytes the endorser signs: the new key's public key, the person, the role,
    /// the time and who endorses.
    public var signedBytes: [UInt8] {
        var encoding = CanonicalEncoding(kind: "key-endorsement")
        encoding.field("id", id)
        encoding.field("key", keyFingerprint)
        encoding.field("public-key", bytes: publicKey)
        encoding.field("person", ownerSHA256)
        encoding.field("role", role.rawValue)
        encoding.field("endorser", endorserFingerprint)
        encoding.field("endorsed-at", StoredTime.text(endorsedAt))
        return encoding.bytes
    }

    /// What the chain commits to: the signed bytes and the signature.
    var digest: String {
        var encoding = CanonicalEncoding(kind: "endorsement-record")
        encoding.field("signed", bytes: signedBytes)
        encoding.field("signature", bytes: signature)
        return encoding.sha256
    }
}

extension KeyEndorsement: FetchableRecord, PersistableRecord, StoredTimeRecord {
    public static let databaseTableName = "key_endorsement"
}
