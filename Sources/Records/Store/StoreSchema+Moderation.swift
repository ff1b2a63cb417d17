import GRDB

extension StoreSchema {
    /// Moderation of free-text marks in assessments: one row per element judged, each chained when
    /// written. Deleting an attempt takes its moderations with it, as it takes its notes.
    static func createV9Moderation(_ db: Database) throws {
        try db.create(table: "moderation") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("attempt_id", .text).notNull().indexed().references("attempt", onDelete: .cascade)
            t.column("node_id", .text).notNull()
            t.column("element_id", .text).notNull()
            t.column("decision", .text).notNull().check(sql: "decision IN ('confirmed', 'changed')")
            t.column("met", .boolean).notNull()
            t.column("reason", .text).notNull().check(sql: "length(trim(reason)) > 0")
            t.column("moderator", .text).notNull()
            t.column("created_at", .text).notNull()
            t.column("outcome", .text).notNull().check(sql: "outcome IN ('competent', 'not_yet_competent')")
            t.column("percent", .double).notNull().check(sql: "percent BETWEEN 0 AND 100")
            t.column("result_json", .text).notNull()
        }
    }
}
