import Foundation
import GRDB

extension RecordStore {
    /// Finds the person with this name (surrounding spaces ignored) or registers them with
    /// `role`. An existing person keeps the role they were registered with.
    public func person(named name: String, role: Person.Role) throws -> Person {
        let name = try requiredText(name, field: "a person's name")
        let now = StoredTime.normalised(Date())
        return try writer.write { db in
            try Self.person(named: name, role: role, at: now, in: db)
        }
    }

    /// Everyone in the store, by name.
    public func people() throws -> [Person] {
        try writer.read { db in
            try Person.order(Person.CodingKeys.name).fetchAll(db)
        }
    }

    /// Find-or-create inside the caller's write transaction, so two processes registering the
    /// same new name cannot both insert it.
    static func person(named name: String, role: Person.Role, at: Date, in db: Database) throws -> Person {
        if let existing = try Person.filter(Person.CodingKeys.name == name).fetchOne(db) {
            return existing
        }
        var person = Person(id: nil, name: name, role: role, createdAt: at)
        try person.insert(db)
        return person
    }
}
