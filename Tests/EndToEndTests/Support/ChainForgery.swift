import Crypto
import Foundation
@testable import Records

/// What someone who can write the store but holds no key can do to it, using only the store and
/// the published formulas: the red team's tools for the checkpoint tests.
enum ChainForgery {
    /// Recomputes every record's content hash from what the store holds now, then every link
    /// from the genesis, so the chain is consistent again after an edit.
    static func rehashEverything(db path: String) throws {
        let store = try RecordStore(path: path)
        try store.writer.write { db in
            let current = try ChainVerifier(db: db, packs: nil).currentDigests(disposed: [], expected: 0, changes: try PersonChange.fetchAll(db))
            var prev = ChainEntry.genesis
            for var entry in try ChainEntry.order(ChainEntry.CodingKeys.seq).fetchAll(db) {
                if let digest = current[.init(kind: entry.kind, id: entry.recordID)]?.digest { entry.contentSHA256 = digest }
                entry.prevSHA256 = prev
                entry.entrySHA256 = ChainEntry.link(prev: prev, kind: entry.kind, recordID: entry.recordID, content: entry.contentSHA256)
                try entry.update(db)
                prev = entry.entrySHA256
            }
        }
    }

    /// Deletes every chain entry after the first `keep` and the records they name, as a
    /// consistent shorter store: what deleting the newest records with `sqlite3` leaves.
    static func truncate(db path: String, keeping keep: Int) throws {
        let store = try RecordStore(path: path)
        try store.writer.write { db in
            for entry in try ChainEntry.order(ChainEntry.CodingKeys.seq).fetchAll(db).dropFirst(keep) {
                let table: String
                switch entry.kind {
                case .attempt: table = "attempt"
                case .checkpoint: table = "checkpoint"
                case .signoff: table = "signoff"
                default: throw Unhandled(kind: entry.kind)
                }
                try db.execute(sql: "DELETE FROM \(table) WHERE id = ?", arguments: [entry.recordID])
                try entry.delete(db)
            }
        }
    }

    /// A kind of record `truncate` does not know how to remove.
    struct Unhandled: Error {
        var kind: ChainEntry.Kind
    }

    /// A checkpoint of the chain as it stands, signed with `key`, which the store need not know.
    static func checkpoint(db path: String, key: Curve25519.Signing.PrivateKey) throws -> Checkpoint {
        let store = try RecordStore(path: path)
        return try store.writer.read { db in
            let (length, head) = try RecordStore.chainHead(in: db)
            return try Checkpoint.signed(
                length: length, head: head, registration: try RegistrationKey.fetchOne(db)?.fingerprint, key: key, at: Date())
        }
    }

    /// Stores and chains `checkpoint` as `records checkpoint` would, without asking who signed it.
    static func insert(_ checkpoint: Checkpoint, db path: String) throws {
        let store = try RecordStore(path: path)
        try store.writer.write { db in
            try checkpoint.insert(db)
            try ChainEntry.append(kind: .checkpoint, recordID: checkpoint.id, content: checkpoint.digest, in: db)
        }
    }
}
