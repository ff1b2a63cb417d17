import Foundation
import GRDB

/// The right to answer one attempt, held by one session at a time: `resume` in a second terminal
/// is refused while the first still plays it.
///
/// A lease left behind by a process that was killed does not block for ever: it is free once its
/// holder's process is gone from this host, or once it has gone `staleAfter` without an answer
/// (a holder on another host cannot be asked whether it still runs).
public struct AttemptLease: Codable, Sendable, Hashable {
    public var attemptID: String
    /// Random, one per session: how the store tells the holder's writes from anyone else's.
    public var token: String
    /// The holder's process id, on `host`.
    public var pid: Int32
    public var host: String
    public var takenAt: Date
    /// The holder's last answer, or when it took the lease.
    public var renewedAt: Date

    /// How long a lease holds without an answer when its holder cannot be seen to be running.
    public static let staleAfter: TimeInterval = 2 * 3600

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case token, pid, host
        case attemptID = "attempt_id"
        case takenAt = "taken_at"
        case renewedAt = "renewed_at"
    }

    /// True when another session may take it over at `now`.
    public func isStale(at now: Date, here: LeaseHolder = .current) -> Bool {
        if host == here.host && !LeaseHolder.isRunning(pid) { return true }
        return now.timeIntervalSince(renewedAt) > Self.staleAfter
    }

    /// Who holds it, in words a trainee can act on.
    public var holderDescription: String {
        "process \(pid) on \(host), since \(StoredTime.text(takenAt)), last answer \(StoredTime.text(renewedAt))"
    }
}

extension AttemptLease: FetchableRecord, PersistableRecord, StoredTimeRecord {
    public static let databaseTableName = "attempt_lease"
}
