import Foundation
import GRDB

extension StoreSchema {
    /// v15: sites. Everyone and every attempt stored before belongs to the first site, `main`.
    /// SQLite cannot add a column that both references a table and has a default, so `site_id`
    /// defaults to 1 (`main`, made here) and sites are never deleted.
    static func createV15Sites(_ db: Database) throws {
        try db.create(table: "site") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull().unique().check(sql: "length(trim(name)) > 0")
            t.column("created_at", .text).notNull()
        }
        try db.execute(sql: "INSERT INTO site (id, name, created_at) VALUES (1, 'main', ?)", arguments: [StoredTime.text(Date())])
        for table in ["person", "attempt"] {
            try db.alter(table: table) { t in t.add(column: "site_id", .integer).notNull().defaults(to: 1) }
            try db.create(index: "\(table)_on_site_id", on: table, columns: ["site_id"])
        }
    }
}
