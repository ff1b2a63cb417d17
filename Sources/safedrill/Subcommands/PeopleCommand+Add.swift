import ArgumentParser
import Foundation
import Records

extension SafeDrill.PeopleCommand {
    /// `safedrill people add NAME --role ROLE [--staff-number N]`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add",
            abstract: "Register a person; refused when the name (in any case or spacing) or staff number is taken.")

        @Argument(help: "Their full name.")
        var name: String

        @Option(help: "trainee, supervisor, assessor, lead or manager.")
        var role: Person.Role

        @Option(help: ArgumentHelp("Their staff number (unique).", valueName: "number"))
        var staffNumber: String?

        @OptionGroup var store: StoreOptions

        func run() throws {
            try SafeDrill.PeopleCommand.guarded {
                let person = try store.open().addPerson(named: name, role: role, staffNumber: staffNumber, at: Date())
                print("Registered \(person.name) as \(person.role.rawValue)\(person.staffNumber.map { ", staff number \($0)" } ?? "").")
            }
        }
    }
}
