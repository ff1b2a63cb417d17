import Foundation
import GRDB

extension RecordStore {
    /// Finds the person with this name, compared by `Person.comparisonKey(_:)`, or registers them
    /// with `role`. An existing person keeps the role they were registered with.
    public func person(named name: String, role: Person.Role) throws -> Person {
        let name = try requiredText(name, field: "a person's name")
        let now = StoredTime.normalised(Date())
        return try writer.write { db in
            try self.person(named: name, role: role, at: now, in: db)
        }
    }

    /// Everyone in the store, by name.
    public func people() throws -> [Person] {
        try writer.read { db in
            try Person.order(Person.CodingKeys.name).fetchAll(db)
        }
    }

    /// Find-or-create inside the caller's write transaction, so two processes registering the
    /// same new name cannot both insert it. Someone new is registered at this store's site.
    func person(named name: String, role: Person.Role, at: Date, in db: Database) throws -> Person {
        if let existing = try Self.existingPerson(named: name, in: db) {
            return existing
        }
        var person = Person(id: nil, name: name, role: role, createdAt: at)
        try person.insert(db)
        let id = person.id ?? db.lastInsertedRowID
        try db.execute(sql: "UPDATE person SET site_id = ? WHERE id = ?", arguments: [try siteID(in: db), id])
        return person
    }

    /// The person this name stands for: the one with exactly this name, else the earliest
    /// registered whose name has the same `Person.comparisonKey(_:)`. Every lookup by name goes
    /// through here, so "Tom  Trainee" finds Tom Trainee rather than making a second person.
    static func existingPerson(named name: String, in db: Database) throws -> Person? {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if let exact = try Person.filter(Person.CodingKeys.name == name).fetchOne(db) { return exact }
        let key = Person.comparisonKey(name)
        guard !key.isEmpty else { return nil }
        return try Person.order(Person.CodingKeys.id).fetchAll(db).first { Person.comparisonKey($0.name) == key }
    }
}
