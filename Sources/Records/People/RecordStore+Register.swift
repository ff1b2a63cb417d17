import Foundation
import GRDB

extension RecordStore {
    /// Registers a new person with `role` and, when given, a staff number.
    /// - Throws: `PeopleError.nameTaken` when someone has the name under `Person.comparisonKey(_:)`,
    ///   `PeopleError.staffNumberTaken` when someone has the number.
    @discardableResult
    public func addPerson(named name: String, role: Person.Role, staffNumber: String? = nil, at: Date) throws -> Person {
        let name = try requiredText(name, field: "a person's name")
        let number = try staffNumber.map { try requiredText($0, field: "a staff number") }
        let at = StoredTime.normalised(at)
        return try writer.write { db in
            if let existing = try Self.existingPerson(named: name, in: db) { throw PeopleError.nameTaken(existing.name) }
            try Self.checkStaffNumber(number, for: nil, in: db)
            var person = Person(name: name, role: role, staffNumber: number, createdAt: at)
            try person.insert(db)
            return person
        }
    }

    /// Gives the person `typed` stands for (see `lookUpPerson(_:)`) the name `newName`, keeping
    /// their id, role and records; chained, and `verify` still passes. Names on records written
    /// before (a supervisor's name on an attempt, a note's author) stay as they were written.
    @discardableResult
    public func rename(_ typed: String, to newName: String, at: Date) throws -> PersonChange {
        let typed = try requiredText(typed, field: "a person's name")
        let newName = try requiredText(newName, field: "the new name")
        let at = StoredTime.normalised(at)
        return try writer.write { db in
            var person = try Self.lookUpPerson(typed, in: db).person(typed: typed)
            guard let id = person.id else { throw RecordError.unknownPerson(typed) }
            guard person.name != newName else { throw PeopleError.samePerson(newName) }
            if let other = try Self.existingPerson(named: newName, in: db), other.id != id { throw PeopleError.nameTaken(other.name) }
            let former = PersonSalt.identity(name: person.name, salt: try PersonSalt.salt(for: id, in: db))
            return try Self.recordChange(.rename, keeping: id, merged: nil, formerIdentities: [former], at: at, in: db) {
                person.name = newName
                try person.update(db)
            }
        }
    }

    /// Merges the person `from` stands for into the one `into` stands for: attempts, sign-offs
    /// (about them and by them), decisions, keys and API tokens move to `into`, who keeps their
    /// name, role and staff number (taking `from`'s number when they have none); `from` is
    /// deleted. Chained, and `verify` still passes.
    /// - Parameter changingRole: merging people registered with different roles is refused unless true.
    @discardableResult
    public func merge(_ from: String, into: String, changingRole: Bool = false, at: Date) throws -> PersonChange {
        let fromName = try requiredText(from, field: "a person's name")
        let intoName = try requiredText(into, field: "a person's name")
        let at = StoredTime.normalised(at)
        return try writer.write { db in
            let merged = try Self.lookUpPerson(fromName, in: db).person(typed: fromName)
            var kept = try Self.lookUpPerson(intoName, in: db).person(typed: intoName)
            guard let mergedID = merged.id, let keptID = kept.id else { throw RecordError.unknownPerson(fromName) }
            guard mergedID != keptID else { throw PeopleError.samePerson(kept.name) }
            guard merged.role == kept.role || changingRole else {
                throw PeopleError.rolesDiffer(from: merged.name, fromRole: merged.role, into: kept.name, intoRole: kept.role)
            }
            _ = try PersonSalt.salt(for: keptID, in: db)
            var formers = [PersonSalt.identity(name: merged.name, salt: try PersonSalt.salt(for: mergedID, in: db))]
            formers += try PersonChange.filter(PersonChange.CodingKeys.personID == mergedID).fetchAll(db).flatMap(\.formerIdentities)
            return try Self.recordChange(.merge, keeping: keptID, merged: mergedID, formerIdentities: formers, at: at, in: db) {
                for (table, column) in Self.personColumns {
                    try db.execute(sql: "UPDATE \(table) SET \(column) = ? WHERE \(column) = ?", arguments: [keptID, mergedID])
                }
                try db.execute(sql: "DELETE FROM person_salt WHERE person_id = ?", arguments: [mergedID])
                try db.execute(sql: "DELETE FROM person WHERE id = ?", arguments: [mergedID])
                if kept.staffNumber == nil, let number = merged.staffNumber {
                    kept.staffNumber = number
                    try kept.update(db)
                }
            }
        }
    }

    /// Groups of people whose names are one name under `Person.comparisonKey(_:)` ("Sam Carer"
    /// and "sam  carer"): registered before names were compared that way, and never merged
    /// silently. Each group is a candidate for `merge`.
    public func mergeCandidates() throws -> [[Person]] {
        try writer.read { db in try Self.mergeCandidates(in: db) }
    }

    /// The register's changes, oldest first.
    public func personChanges() throws -> [PersonChange] {
        try writer.read { db in try PersonChange.order(PersonChange.CodingKeys.createdAt).fetchAll(db) }
    }

    static func mergeCandidates(in db: Database) throws -> [[Person]] {
        let people = try Person.order(Person.CodingKeys.id).fetchAll(db)
        return Dictionary(grouping: people) { Person.comparisonKey($0.name) }.values
            .filter { $0.count > 1 }
            .sorted { ($0.first?.id ?? 0) < ($1.first?.id ?? 0) }
    }

    /// Every column that links a record to a person by id, which a merge moves to the person kept.
    private static let personColumns = [
        ("attempt", "person_id"), ("signoff", "trainee_id"), ("signoff", "supervisor_id"),
        ("decision", "person_id"), ("signing_key", "person_id"), ("api_token", "person_id"),
    ]

    private static func checkStaffNumber(_ number: String?, for personID: Int64?, in db: Database) throws {
        guard let number, let holder = try Person.filter(Person.CodingKeys.staffNumber == number).fetchOne(db), holder.id != personID else { return }
        throw PeopleError.staffNumberTaken(number, holder: holder.name)
    }

    /// Applies `change` and chains a record of it that recommits every chained record whose
    /// digest it changed, all inside the caller's transaction. The digests are worked out as
    /// `verify` works them out, before and after, so whatever a change touches is covered.
    private static func recordChange(
        _ kind: PersonChange.Kind, keeping personID: Int64, merged: Int64?, formerIdentities: [String], at: Date,
        in db: Database, change: () throws -> Void
    ) throws -> PersonChange {
        let disposed = Set(try Disposal.fetchAll(db).flatMap(\.recordIDs))
        let earlier = try PersonChange.fetchAll(db)
        let verifier = ChainVerifier(db: db, packs: nil)
        let before = try verifier.currentDigests(disposed: disposed, expected: 0, changes: earlier)
        try change()
        var record = PersonChange(
            id: UUID().uuidString.lowercased(), kind: kind, personID: personID, mergedID: merged,
            formerIdentities: formerIdentities, recommitments: [], createdAt: at)
        let after = try verifier.currentDigests(disposed: disposed, expected: 0, changes: earlier + [record])
        record.recommitments = after.compactMap { key, found in
            guard let now = found.digest, !now.isEmpty, let was = before[key]?.digest, !was.isEmpty, was != now else { return nil }
            return Recommitment(kind: key.kind, recordID: key.id, was: was, now: now)
        }.sorted { ($0.kind.rawValue, $0.recordID) < ($1.kind.rawValue, $1.recordID) }
        try record.insert(db)
        try ChainEntry.append(kind: .personChange, recordID: record.id, content: record.digest, in: db)
        return record
    }
}
