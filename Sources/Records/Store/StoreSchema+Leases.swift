import GRDB

extension StoreSchema {
    /// Which session is playing an attempt, so two sessions never answer the same attempt at once.
    ///
    /// Outside the hash chain: a lease says who is busy with a record now, not what the record is,
    /// and it is gone when the attempt finishes.
    static func createV5AttemptLease(_ db: Database) throws {
        try db.create(table: "attempt_lease") { t in
            t.primaryKey("attempt_id", .text).references("attempt", onDelete: .cascade)
            t.column("token", .text).notNull()
            t.column("pid", .integer).notNull()
            t.column("host", .text).notNull()
            t.column("taken_at", .text).notNull()
            t.column("renewed_at", .text).notNull()
        }
    }
}
