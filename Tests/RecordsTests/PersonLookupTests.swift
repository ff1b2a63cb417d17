import Foundation
import Records
import Testing

/// The one way a typed name finds a person: `RecordStore.lookUpPerson`.
@Suite struct PersonLookupTests {
    private static func register() throws -> RecordStore {
        let store = try RecordStore.inMemory()
        try store.addPerson(named: "Sam Carer", role: .trainee, at: Samples.time())
        try store.addPerson(named: "Sam Cartwright", role: .trainee, at: Samples.time())
        try store.addPerson(named: "Bea Senior", role: .supervisor, staffNumber: "S-1042", at: Samples.time())
        return store
    }

    @Test(arguments: [
        ("sam carer", "Sam Carer"), ("  SAM   CARER ", "Sam Carer"), ("S-1042", "Bea Senior"),
        ("bea", "Bea Senior"), ("sam cart", "Sam Cartwright"),
    ])
    func findsByNameInAnyCaseStaffNumberOrUniquePrefix(typed: String, name: String) throws {
        let store = try Self.register()
        guard case .found(let person) = try store.lookUpPerson(typed) else {
            Issue.record("'\(typed)' found no one")
            return
        }
        #expect(person.name == name)
    }

    @Test func aPrefixOfSeveralNamesIsAmbiguous() throws {
        let store = try Self.register()
        #expect(try store.lookUpPerson("sam car") == .ambiguous(try store.people().filter { $0.name.hasPrefix("Sam") }))
    }

    @Test func aShortPrefixFindsNoOne() throws {
        let store = try Self.register()
        guard case .unknown = try store.lookUpPerson("be") else {
            Issue.record("two letters found someone")
            return
        }
    }

    @Test(arguments: [("Sam Carr", ["Sam Carer", "Sam Cartwright"]), ("Bee Senior", ["Bea Senior"]), ("Jo Carer", ["Sam Carer"]), ("Zed", [])])
    func anUnknownNameOffersTheCloseNames(typed: String, suggested: [String]) throws {
        let store = try Self.register()
        guard case .unknown(let suggestions) = try store.lookUpPerson(typed) else {
            Issue.record("'\(typed)' found someone")
            return
        }
        #expect(suggestions.map(\.name) == suggested)
        #expect(throws: PeopleError.unknown(typed, suggestions: suggested)) { try store.lookUpPerson(typed).person(typed: typed) }
    }

    @Test func addingRefusesANameOrStaffNumberAlreadyTaken() throws {
        let store = try Self.register()
        #expect(throws: PeopleError.nameTaken("Sam Carer")) { try store.addPerson(named: "SAM  carer", role: .trainee, at: Samples.time()) }
        #expect(throws: PeopleError.staffNumberTaken("S-1042", holder: "Bea Senior")) {
            try store.addPerson(named: "Kim Worker", role: .trainee, staffNumber: "S-1042", at: Samples.time())
        }
    }
}
