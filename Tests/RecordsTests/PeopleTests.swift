import Foundation
import Records
import Testing

@Suite struct PeopleTests {
    @Test(arguments: StoreKind.allCases)
    func findsOrCreatesAPersonAndKeepsTheFirstRole(kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { withExtendedLifetime(folder) {} }

        let created = try store.person(named: "Sam Okafor", role: .supervisor)
        let found = try store.person(named: "  Sam Okafor ", role: .trainee)

        #expect(created.id != nil)
        #expect(found == created)
        #expect(found.role == .supervisor)
        #expect(try store.people().map(\.name) == ["Sam Okafor"])
    }

    @Test(arguments: StoreKind.allCases)
    func listsPeopleByName(kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { withExtendedLifetime(folder) {} }

        _ = try store.person(named: "Zoë Hart", role: .trainee)
        _ = try store.person(named: "Ade Bello", role: .lead)

        #expect(try store.people().map(\.name) == ["Ade Bello", "Zoë Hart"])
    }

    @Test(arguments: StoreKind.allCases)
    func refusesABlankName(kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { withExtendedLifetime(folder) {} }

        #expect(throws: RecordError.emptyText(field: "a person's name")) {
            try store.person(named: " \n", role: .trainee)
        }
    }
}
