import Foundation
import GRDB

/// A supervisor's signed statement that a trainee is competent in a pack, on named evidence.
public struct SignOff: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var traineeID: Int64?
    /// The trainee as a salted hash: what the signature and the chain commit to.
    public var traineeSHA256: String
    public var supervisorID: Int64?
    public var supervisorSHA256: String
    public var keyFingerprint: String
    public var packID: String
    /// The attempts relied on, with the SHA-256 of each one's stored result.
    public var evidence: [Evidence]
    public var method: SignOffMethod
    public var comments: String
    /// Random per sign-off: the comments enter the signature only as a hash salted with it.
    public var salt: Data
    public var signedAt: Date
    public var refreshDue: Date
    /// The chain head the sign-off was appended after, signed with it, so history before it cannot
    /// be rewritten without the supervisor's key; nil for sign-offs made before checkpoints.
    public var chainHead: String?
    public var signature: Data

    /// One attempt a sign-off rests on.
    public struct Evidence: Codable, Sendable, Hashable {
        public var attemptID: String
        public var scenarioID: String
        public var resultSHA256: String

        enum CodingKeys: String, CodingKey {
            case attemptID = "attempt"
            case scenarioID = "scenario"
            case resultSHA256 = "result_sha256"
        }
    }

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, method, comments, salt, signature
        case traineeID = "trainee_id"
        case traineeSHA256 = "trainee_sha256"
        case supervisorID = "supervisor_id"
        case supervisorSHA256 = "supervisor_sha256"
        case keyFingerprint = "key_fingerprint"
        case packID = "pack_id"
        case evidence = "evidence_json"
        case signedAt = "signed_at"
        case refreshDue = "refresh_due"
        case chainHead = "chain_head"
    }

    /// The canonical bytes the supervisor signs: everything in the record except the signature.
    public var signedBytes: [UInt8] {
        var encoding = CanonicalEncoding(kind: "signoff")
        encoding.field("id", id)
        encoding.field("trainee", traineeSHA256)
        encoding.field("pack", packID)
        for item in evidence {
            encoding.field("evidence-attempt", item.attemptID)
            encoding.field("evidence-scenario", item.scenarioID)
            encoding.field("evidence-result-sha256", item.resultSHA256)
        }
        encoding.field("method", method.rawValue)
        encoding.field("comments", Hex.salted(salt, comments))
        encoding.field("supervisor", supervisorSHA256)
        encoding.field("key", keyFingerprint)
        encoding.field("signed-at", StoredTime.text(signedAt))
        encoding.field("refresh-due", StoredTime.text(refreshDue))
        // Added last and only when present, so a sign-off made before checkpoints keeps its bytes.
        if let chainHead { encoding.field("chain-head", chainHead) }
        return encoding.bytes
    }

    /// What the chain commits to: the signed bytes and the signature.
    var digest: String {
        var encoding = CanonicalEncoding(kind: "signoff-record")
        encoding.field("signed", bytes: signedBytes)
        encoding.field("signature", bytes: signature)
        return encoding.sha256
    }
}

extension SignOff: FetchableRecord, PersistableRecord, StoredTimeRecord {
    public static let databaseTableName = "signoff"
}
