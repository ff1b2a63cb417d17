import Crypto
import Foundation
import GRDB

/// A signed statement of the chain's length and head: "the first `length` records of this store's
/// chain end in `head`".
///
/// Made on demand (`records checkpoint`) with the registration key or an endorsed signing key,
/// stored and chained like any record, and copied to witnesses outside the store. Someone who can
/// write the store but holds no key can rebuild every hash, but cannot sign a new checkpoint: each
/// one made before the rewrite then names the head that no longer holds.
public struct Checkpoint: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    /// How many chain entries it covers: entries 1 to `length`.
    public var length: Int64
    /// The link hash of entry `length` (the genesis hash for an empty chain).
    public var head: String
    /// The store's registration key when it was signed, so a witness also notices that key replaced.
    public var registrationFingerprint: String?
    public var keyFingerprint: String
    public var signedAt: Date
    public var signature: Data

    /// Builds and signs a checkpoint of `length` entries ending in `head`.
    public static func signed(
        length: Int64, head: String, registration: String?, key: Curve25519.Signing.PrivateKey, at: Date
    ) throws -> Checkpoint {
        var checkpoint = Checkpoint(
            id: UUID().uuidString.lowercased(), length: length, head: head, registrationFingerprint: registration,
            keyFingerprint: KeyFingerprint.of(key.publicKey.rawRepresentation), signedAt: StoredTime.normalised(at), signature: Data())
        checkpoint.signature = try key.signature(for: checkpoint.signedBytes)
        return checkpoint
    }

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, length, head, signature
        case registrationFingerprint = "registration_fingerprint"
        case keyFingerprint = "key_fingerprint"
        case signedAt = "signed_at"
    }

    /// The canonical bytes the key signs: everything but the signature.
    public var signedBytes: [UInt8] {
        var encoding = CanonicalEncoding(kind: "checkpoint")
        encoding.field("id", id)
        encoding.field("length", String(length))
        encoding.field("head", head)
        encoding.field("registration", registrationFingerprint)
        encoding.field("key", keyFingerprint)
        encoding.field("signed-at", StoredTime.text(signedAt))
        return encoding.bytes
    }

    /// True when `publicKey` signed exactly these fields.
    public func isSigned(by publicKey: Data) -> Bool {
        guard KeyFingerprint.of(publicKey) == keyFingerprint, let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey) else {
            return false
        }
        return key.isValidSignature(signature, for: signedBytes)
    }

    /// What the chain commits to: the signed bytes and the signature.
    var digest: String {
        var encoding = CanonicalEncoding(kind: "checkpoint-record")
        encoding.field("signed", bytes: signedBytes)
        encoding.field("signature", bytes: signature)
        return encoding.sha256
    }

    /// "14 records, head 1a2b3c4d…, signed 2026-…Z by key abcd:…": how a finding names it.
    public var summary: String {
        "\(length) record\(length == 1 ? "" : "s"), head \(head.prefix(16)), signed \(StoredTime.text(signedAt)) by key \(SigningKey.short(keyFingerprint))"
    }
}

extension Checkpoint: FetchableRecord, PersistableRecord, StoredTimeRecord {
    public static let databaseTableName = "checkpoint"
}
