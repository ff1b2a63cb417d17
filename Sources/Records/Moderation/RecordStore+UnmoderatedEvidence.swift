import Foundation
import GRDB

extension RecordStore {
    /// Completed, not voided, assessment-mode attempts with free-text answers that no one has
    /// moderated yet, the oldest finished first.
    ///
    /// The store keeps no moderation records yet, so today every free-text (`record`) answer in
    /// such an attempt counts as awaiting moderation. When moderation is recorded, this method is
    /// the one place that learns to leave moderated answers out; its callers stay as they are.
    /// Reads plain columns only (no stored results or answer text), so it stays cheap on a large store.
    public func unmoderatedEvidence() throws -> [UnmoderatedEvidence] {
        try writer.read { db in
            var items: [UnmoderatedEvidence] = []
            try StoredColumns.forEachRow(db, sql: """
                SELECT attempt.id, person.name, attempt.scenario_id, attempt.supervisor, attempt.finished_at, answer.node_id
                FROM answer JOIN attempt ON attempt.id = answer.attempt_id JOIN person ON person.id = attempt.person_id
                WHERE attempt.mode = 'assessment' AND attempt.status = 'completed' AND answer.kind = 'record'
                  AND attempt.id NOT IN (SELECT target_id FROM void)
                ORDER BY attempt.finished_at, attempt.id, answer.seq
                """, arguments: []) { row in
                guard let id = row.text(0), let node = row.text(5) else { return }
                if items.last?.attemptID == id {
                    items[items.count - 1].nodeIDs.append(node)
                } else {
                    items.append(UnmoderatedEvidence(
                        attemptID: id, trainee: row.text(1) ?? "?", scenarioID: row.text(2) ?? "?", supervisor: row.text(3),
                        finishedAt: row.text(4).flatMap(StoredTime.date(from:)) ?? .distantPast, nodeIDs: [node]))
                }
            }
            return items
        }
    }
}
