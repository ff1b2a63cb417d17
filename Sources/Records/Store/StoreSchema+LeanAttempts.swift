import Foundation
import GRDB

extension StoreSchema {
    /// v14: what the team report counts moves out of the stored results into columns and small
    /// tables (`MarkedFigures`), filled here from the results already stored; and the results
    /// themselves are deflated (`StoredResult`), which reads back as the same text.
    static func leanAttempts(_ db: Database) throws {
        // The stages as they were when this migration was written, not `WorkflowStage.allCases`.
        let stages = ["safety", "evidence", "timeline", "thresholds", "safeguards", "review"]
        try db.alter(table: "attempt") { t in
            for stage in stages { t.add(column: "stage_" + stage, .double) }
        }
        try db.create(table: "attempt_escalation") { t in
            t.column("attempt_id", .text).notNull().indexed().references("attempt", onDelete: .cascade)
            t.column("escalation", .text).notNull()
            t.column("missed", .boolean).notNull()
        }
        try db.create(table: "attempt_critical_error") { t in
            t.column("attempt_id", .text).notNull().indexed().references("attempt", onDelete: .cascade)
            t.column("what", .text).notNull()
        }
        // Only results that are JSON: a store edited by hand must still open (verify reports the edit).
        let results = "WITH result AS MATERIALIZED (SELECT id, result_json AS json FROM attempt WHERE status = 'completed' AND json_valid(result_json))"
        let stageScores = stages.map { stage in
            """
            stage_\(stage) = (SELECT json_extract(stage.value, '$.percent') FROM json_each(result_json, '$.stages') AS stage
                WHERE json_extract(stage.value, '$.stage') = '\(stage)' AND json_type(stage.value, '$.percent') IN ('integer', 'real'))
            """
        }
        // SET is worked out only for the rows WHERE picks, so json_each never sees text that is not JSON.
        try db.execute(sql: "UPDATE attempt SET " + stageScores.joined(separator: ",\n") + "\nWHERE status = 'completed' AND json_valid(result_json)")
        try db.execute(sql: results + """

            INSERT INTO attempt_escalation (attempt_id, escalation, missed)
            SELECT result.id, item.value, side.key = 'missed'
            FROM result, json_each(result.json, '$.decisions') AS decision,
                 json_each(decision.value, '$.escalation') AS side, json_each(side.value) AS item
            WHERE side.key IN ('missed', 'overUsed')
            """)
        try db.execute(sql: results + """

            INSERT INTO attempt_critical_error (attempt_id, what)
            SELECT result.id, json_extract(error.value, '$.what')
            FROM result, json_each(result.json, '$.criticalErrors') AS error
            WHERE json_type(error.value, '$.what') = 'text'
            """)
        try compressResults(db)
    }

    /// Rewrites every plain-text result as `StoredResult` stores it now, a batch at a time so a
    /// large store is never held in memory whole.
    private static func compressResults(_ db: Database) throws {
        var after: Int64 = 0
        while true {
            let rows = try Row.fetchAll(db, sql: """
                SELECT rowid, result_json FROM attempt
                WHERE rowid > ? AND typeof(result_json) = 'text' ORDER BY rowid LIMIT 500
                """, arguments: [after])
            guard let last = rows.last else { return }
            for row in rows {
                guard let text = row["result_json"] as String? else { continue }
                try db.execute(sql: "UPDATE attempt SET result_json = ? WHERE rowid = ?", arguments: [StoredResult(json: text), row[0] as Int64])
            }
            after = last[0]
        }
    }
}
