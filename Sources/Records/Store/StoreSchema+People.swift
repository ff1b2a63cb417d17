import GRDB

extension StoreSchema {
    /// The person register: an optional staff number (unique when given) and the chained log of
    /// renames and merges. A change keeps the salted identities the person was known by before,
    /// and the records whose digest it changed, so `verify` still passes after it.
    ///
    /// `person_id` and `merged_id` are plain ids, not foreign keys: a merged person is deleted, and
    /// the chained change must keep naming them.
    /// True for a store that holds people from before the register: opening it now upgrades it.
    static func lacksPeopleRegister(_ db: Database) throws -> Bool {
        try db.tableExists("person") && !(try migrator.appliedIdentifiers(db).contains("v10-people"))
    }

    static func createV10People(_ db: Database) throws {
        try db.alter(table: "person") { t in
            t.add(column: "staff_number", .text)
        }
        // SQLite lets any number of rows hold NULL in a unique column: only given numbers must differ.
        try db.create(index: "person_staff_number", on: "person", columns: ["staff_number"], options: .unique)
        try db.create(table: "person_change") { t in
            t.primaryKey("id", .text)
            t.column("kind", .text).notNull().check(sql: "kind IN ('rename', 'merge')")
            t.column("person_id", .integer).notNull().indexed()
            t.column("merged_id", .integer)
            t.column("former_identities_json", .text).notNull()
            t.column("recommitments_json", .text).notNull()
            t.column("created_at", .text).notNull()
        }
    }
}
