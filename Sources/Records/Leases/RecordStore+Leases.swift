import Foundation
import GRDB

extension RecordStore {
    /// Takes the lease on an unfinished attempt for `holder`, taking over one whose holder is
    /// stale (see `AttemptLease.isStale`). The write lock makes the check and the take one step,
    /// so of two sessions starting together exactly one gets it.
    /// - Throws: `RecordError.attemptHeld` naming the holder while another session holds it;
    ///   `unknownAttempt` or `alreadyFinished`.
    public func takeLease(attemptID: String, holder: LeaseHolder = .current, at now: Date = Date()) throws -> AttemptLease {
        let now = StoredTime.normalised(now)
        return try writer.write { db in
            _ = try Self.openAttempt(attemptID, in: db)
            if let held = try AttemptLease.fetchOne(db, key: attemptID), !held.isStale(at: now) {
                throw RecordError.attemptHeld(attemptID, holder: held.holderDescription)
            }
            let lease = AttemptLease(
                attemptID: attemptID, token: UUID().uuidString.lowercased(), pid: holder.pid, host: holder.host,
                takenAt: now, renewedAt: now)
            try lease.insert(db, onConflict: .replace)
            return lease
        }
    }

    /// Gives the lease back; nothing happens when another session has taken it over meanwhile.
    public func releaseLease(_ lease: AttemptLease) throws {
        try writer.write { db in
            try db.execute(
                sql: "DELETE FROM attempt_lease WHERE attempt_id = ? AND token = ?", arguments: [lease.attemptID, lease.token])
        }
    }

    /// The lease on an attempt, if a session holds or last held it.
    public func lease(attemptID: String) throws -> AttemptLease? {
        try writer.read { db in try AttemptLease.fetchOne(db, key: attemptID) }
    }

    /// Inside a write: lets the write through when `lease` is the attempt's lease (and renews it),
    /// or, for a writer without one, when no session holds the attempt now.
    static func checkLease(_ lease: AttemptLease?, attemptID: String, at now: Date, in db: Database) throws {
        let held = try AttemptLease.fetchOne(db, key: attemptID)
        guard let lease else {
            if let held, !held.isStale(at: now) { throw RecordError.attemptHeld(attemptID, holder: held.holderDescription) }
            return
        }
        // A session whose lease was taken over has a stale picture of the attempt: it must not write.
        guard var held, held.token == lease.token else {
            throw RecordError.leaseLost(attemptID, holder: held?.holderDescription)
        }
        held.renewedAt = now
        try held.update(db)
    }
}
