import ArgumentParser
import Foundation
import Records

extension SafeDrill.PeopleCommand {
    /// `safedrill people list [--json]`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list",
            abstract: "List everyone registered, by name, with names that look like one person (for 'people merge').")

        @Flag(help: "Print as JSON: [{\"id\",\"name\",\"role\",\"staff_number\"?,\"registered\"}].")
        var json = false

        @OptionGroup var store: StoreOptions

        /// One person as `--json` prints them.
        struct Row: Encodable {
            var id: Int64
            var name: String
            var role: String
            var staffNumber: String?
            var registered: Date

            enum CodingKeys: String, CodingKey {
                case id, name, role, registered
                case staffNumber = "staff_number"
            }
        }

        func run() throws {
            try SafeDrill.PeopleCommand.guarded {
                let records = try store.open()
                let people = try records.people()
                if json {
                    try SafeDrill.RecordsCommand.printJSON(people.map {
                        Row(id: $0.id ?? 0, name: $0.name, role: $0.role.rawValue, staffNumber: $0.staffNumber, registered: $0.createdAt)
                    })
                    return
                }
                guard !people.isEmpty else { print("No one is registered yet: 'safedrill people add NAME --role ROLE'."); return }
                let width = people.map(\.name.count).max() ?? 4
                print("id    " + "name".padding(toLength: width, withPad: " ", startingAt: 0) + "  role        staff number")
                for person in people {
                    let id = String(person.id ?? 0).padding(toLength: 4, withPad: " ", startingAt: 0)
                    print("\(id)  \(person.name.padding(toLength: width, withPad: " ", startingAt: 0))  "
                        + "\(person.role.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0))  \(person.staffNumber ?? "-")")
                }
                if let note = MergeCandidates.text(try records.mergeCandidates()) { print(note) }
            }
        }
    }
}
