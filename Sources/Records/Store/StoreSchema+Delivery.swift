import GRDB

extension StoreSchema {
    /// Which xAPI statements each learning record store has accepted, so `sync` never sends one twice.
    ///
    /// Outside the hash chain on purpose: a delivery is a fact about another system, not a record
    /// of competence, and it holds no personal data (statement ids and the store's address only).
    static func createV3Delivery(_ db: Database) throws {
        try db.create(table: "lrs_delivery") { t in
            t.column("statement_id", .text).notNull()
            t.column("lrs", .text).notNull()
            t.column("delivered_at", .text).notNull()
            t.primaryKey(["statement_id", "lrs"])
        }
    }
}
