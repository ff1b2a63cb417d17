import Foundation
import GRDB

extension RecordStore {
    /// Completed, not voided, assessment-mode attempts with free-text answers that no one has
    /// moderated yet, the oldest finished first. An answer is moderated once any moderation names
    /// its node (the first moderation of an answer judges every element).
    /// Reads plain columns only (no stored results or answer text), so it stays cheap on a large store.
    public func unmoderatedEvidence() throws -> [UnmoderatedEvidence] {
        try writer.read { db in
            var items: [UnmoderatedEvidence] = []
            try StoredColumns.forEachRow(db, sql: """
                SELECT attempt.id, person.name, attempt.scenario_id, attempt.supervisor, attempt.finished_at, answer.node_id
                FROM answer JOIN attempt ON attempt.id = answer.attempt_id JOIN person ON person.id = attempt.person_id
                WHERE attempt.mode = 'assessment' AND attempt.status = 'completed' AND \(Self.awaitingModerationCondition)
                  AND attempt.id NOT IN (SELECT target_id FROM void)
                ORDER BY attempt.finished_at, attempt.id, answer.seq
                """, arguments: []) { row in
                guard let id = row.text(0), let node = row.text(5) else { return }
                if items.last?.attemptID == id {
                    // A loop back to a node is a second look at it, not a second answer to moderate.
                    if !items[items.count - 1].nodeIDs.contains(node) { items[items.count - 1].nodeIDs.append(node) }
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
