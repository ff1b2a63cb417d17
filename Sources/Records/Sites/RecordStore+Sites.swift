import Foundation
import GRDB

extension RecordStore {
    /// Every site in the store, by name.
    public func sites() throws -> [Site] {
        try writer.read { db in try Site.order(Site.CodingKeys.name).fetchAll(db) }
    }

    /// The id of the site this store writes for, registered inside the caller's write transaction
    /// the first time it is used.
    func siteID(in db: Database) throws -> Int64 {
        if let id = try Self.existingSiteID(named: site, in: db) { return id }
        var new = Site(id: nil, name: site, createdAt: StoredTime.normalised(Date()))
        try new.insert(db)
        return new.id ?? db.lastInsertedRowID
    }

    /// The id of the site with exactly this name, if there is one.
    static func existingSiteID(named name: String, in db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM site WHERE name = ?", arguments: [name])
    }
}
