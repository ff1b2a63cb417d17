import Foundation
import GRDB

extension RecordStore {
    /// Everyone registered as a trainee or with an attempt who holds no valid sign-off at `at`: a
    /// sign-off is valid when it is not void and its refresh date has not passed. By name.
    public func unsignedStaff(at: Date) throws -> [UnsignedStaff] {
        let at = StoredTime.text(StoredTime.normalised(at))
        return try writer.read { db in
            let people = try Person.fetchAll(db, sql: """
                SELECT * FROM person
                WHERE (role = 'trainee' OR id IN (SELECT person_id FROM attempt))
                  AND id NOT IN (
                    SELECT trainee_id FROM signoff
                    WHERE trainee_id IS NOT NULL AND refresh_due >= ? AND id NOT IN (SELECT target_id FROM void))
                ORDER BY name
                """, arguments: [at])
            var attempts: [Int64: [Attempt.Mode: Int]] = [:], competent: [Int64: Int] = [:], last: [Int64: Date] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT person_id, mode, count(*) AS attempts, sum(outcome = 'competent') AS competent, max(started_at) AS last
                FROM attempt WHERE status = 'completed' AND id NOT IN (SELECT target_id FROM void)
                GROUP BY person_id, mode
                """) {
                guard let id = row["person_id"] as Int64?, let mode = (row["mode"] as String?).flatMap(Attempt.Mode.init(rawValue:)) else { continue }
                attempts[id, default: [:]][mode] = row["attempts"] ?? 0
                if mode == .assessment { competent[id] = row["competent"] ?? 0 }
                if let started = (row["last"] as String?).flatMap(StoredTime.date(from:)) { last[id] = max(last[id] ?? started, started) }
            }
            var lapsed: [Int64: UnsignedStaff.Standing] = [:]
            // SQLite takes the bare pack_id from the row holding the max(refresh_due).
            for row in try Row.fetchAll(db, sql: """
                SELECT trainee_id, pack_id, max(refresh_due) AS refresh_due FROM signoff
                WHERE trainee_id IS NOT NULL AND id NOT IN (SELECT target_id FROM void)
                GROUP BY trainee_id
                """) {
                guard let id = row["trainee_id"] as Int64?, let due = (row["refresh_due"] as String?).flatMap(StoredTime.date(from:)) else { continue }
                lapsed[id] = .lapsed(packID: row["pack_id"] ?? "", refreshDue: due)
            }
            let signedOnce = Set(try Int64.fetchAll(db, sql: "SELECT DISTINCT trainee_id FROM signoff WHERE trainee_id IS NOT NULL"))
            return people.compactMap { person in
                guard let id = person.id else { return nil }
                return UnsignedStaff(
                    person: person, standing: lapsed[id] ?? (signedOnce.contains(id) ? .voided : .never),
                    attempts: attempts[id] ?? [:], competentAssessments: competent[id] ?? 0, lastAttempt: last[id])
            }
        }
    }
}
