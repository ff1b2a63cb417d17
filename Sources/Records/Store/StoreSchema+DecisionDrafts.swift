import GRDB

extension StoreSchema {
    /// Interviews of `assess` not finished yet, so `assess --resume` can carry one on after Ctrl-C,
    /// the end of input or a kill. Kept in the store rather than in files beside it: they hold the
    /// same personal facts as a decision, so they share its 0600 file, its erasure (erasing the
    /// person removes their drafts) and its backups. Outside the hash chain: a draft is work in
    /// progress, rewritten at every answer and deleted once its decision is recorded.
    static func createV12DecisionDrafts(_ db: Database) throws {
        try db.create(table: "decision_draft") { t in
            t.primaryKey("id", .text)
            t.column("person_id", .integer).notNull().indexed().references("person", onDelete: .cascade)
            t.column("policy_sha256", .text).notNull()
            // The --at time the interview decides at; NULL for "now" when it is resumed.
            t.column("decide_at", .text)
            t.column("started_at", .text).notNull()
            t.column("updated_at", .text).notNull().indexed()
            t.column("steps_json", .text).notNull()
        }
    }
}
