import GRDB

extension StoreSchema {
    /// An erasure's replacements of the erased person's name in other people's records, kept (and
    /// chained) with its disposal. Disposals from before hold none.
    static func addNameReplacements(_ db: Database) throws {
        try db.alter(table: "disposal") { t in
            t.add(column: "replacements_json", .text).notNull().defaults(to: "[]")
        }
    }
}
