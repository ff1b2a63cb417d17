import Foundation
import GRDB
import ThresholdEngine

extension RecordStore {
    /// Finds who `typed` stands for, as every front door does (`--as`, `--supervisor`, the REPL's
    /// login, sign-off): the name under `Person.comparisonKey(_:)` or a staff number, else a unique
    /// prefix of a name, else the close names to offer. Never registers anyone.
    public func lookUpPerson(_ typed: String) throws -> PersonLookup {
        let typed = try requiredText(typed, field: "a person's name")
        return try writer.read { db in try Self.lookUpPerson(typed, in: db) }
    }

    static func lookUpPerson(_ typed: String, in db: Database) throws -> PersonLookup {
        if let person = try existingPerson(named: typed, in: db) { return .found(person) }
        if let person = try Person.filter(Person.CodingKeys.staffNumber == typed).fetchOne(db) { return .found(person) }
        let key = Person.comparisonKey(typed)
        let people = try Person.order(Person.CodingKeys.name).fetchAll(db)
        if key.count >= PersonLookup.shortestPrefix {
            let starting = people.filter { Person.comparisonKey($0.name).hasPrefix(key) }
            if starting.count == 1, let person = starting.first { return .found(person) }
            if starting.count > 1 { return .ambiguous(starting) }
        }
        return .unknown(suggestions: suggestions(for: key, among: people))
    }

    /// Up to five people whose name is within a small edit distance of `key`, or shares a whole
    /// word with it ("Carer" for "Sam Carer"), nearest first.
    static func suggestions(for key: String, among people: [Person]) -> [Person] {
        let words = Set(key.split(separator: " "))
        let limit = max(2, key.count / 3)
        let scored = people.compactMap { person -> (Person, Int)? in
            let name = Person.comparisonKey(person.name)
            let distance = Suggestion.editDistance(key, name)
            if distance <= limit { return (person, distance) }
            return words.isDisjoint(with: name.split(separator: " ")) ? nil : (person, limit + 1)
        }
        return scored.sorted { ($0.1, $0.0.name) < ($1.1, $1.0.name) }.prefix(5).map(\.0)
    }
}
