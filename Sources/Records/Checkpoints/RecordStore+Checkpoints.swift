import Crypto
import Foundation
import GRDB

extension RecordStore {
    /// Signs the chain as it stands (its length and head) with `key` and chains the checkpoint,
    /// in one transaction. The key must be the registration key or an endorsed signing key that
    /// has not been replaced.
    public func makeCheckpoint(key: Curve25519.Signing.PrivateKey, at: Date) throws -> Checkpoint {
        let fingerprint = KeyFingerprint.of(key.publicKey.rawRepresentation)
        return try writer.write { db in
            let registration = try KeyAuthority.load(db).registration?.fingerprint
            if fingerprint != registration { try Self.checkSigningAuthority(fingerprint: fingerprint, in: db) }
            let (length, head) = try Self.chainHead(in: db)
            let checkpoint = try Checkpoint.signed(length: length, head: head, registration: registration, key: key, at: at)
            try checkpoint.insert(db)
            try ChainEntry.append(kind: .checkpoint, recordID: checkpoint.id, content: checkpoint.digest, in: db)
            return checkpoint
        }
    }

    /// The newest checkpoint in the store, if any.
    public func latestCheckpoint() throws -> Checkpoint? {
        try writer.read { db in
            try Checkpoint.fetchOne(db, sql: """
                SELECT p.* FROM checkpoint p JOIN chain_entry c ON c.kind = 'checkpoint' AND c.record_id = p.id
                ORDER BY c.seq DESC LIMIT 1
                """)
        }
    }

    /// How many entries the chain has and the link hash of the last (the genesis hash when empty).
    static func chainHead(in db: Database) throws -> (length: Int64, head: String) {
        let length = try ChainEntry.fetchCount(db)
        let head = try ChainEntry.order(ChainEntry.CodingKeys.seq.desc).fetchOne(db)?.entrySHA256 ?? ChainEntry.genesis
        return (Int64(length), head)
    }
}
