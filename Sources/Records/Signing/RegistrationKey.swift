import Foundation
import GRDB

/// The public half of the provider's registration key, made once by `safedrill keys init`.
///
/// Its private half is kept offline, sealed under a passphrase like any key file. It signs no
/// sign-offs: it only endorses the first keys (a manager's, or any supervisor's or assessor's)
/// and rotations, so no one can register a signing key without it or a key it vouched for.
public struct RegistrationKey: Codable, Sendable, Hashable {
    /// SHA-256 of the raw 32-byte Ed25519 public key, in hex.
    public var fingerprint: String
    public var publicKey: Data
    public var createdAt: Date

    /// The first 16 hex digits in groups of four.
    public var shortFingerprint: String { SigningKey.short(fingerprint) }

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case fingerprint
        case publicKey = "public_key"
        case createdAt = "created_at"
    }

    /// What the chain commits to for the registration key.
    var digest: String {
        var encoding = CanonicalEncoding(kind: "registration-key")
        encoding.field("fingerprint", fingerprint)
        encoding.field("public-key", bytes: publicKey)
        encoding.field("created-at", StoredTime.text(createdAt))
        return encoding.sha256
    }
}

extension RegistrationKey: FetchableRecord, PersistableRecord, StoredTimeRecord {
    public static let databaseTableName = "registration_key"
}
