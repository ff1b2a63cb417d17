import ArgumentParser
import Foundation
import Records

extension SafeDrill.PeopleCommand {
    /// `safedrill people merge FROM INTO [--change-role]`.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "merge",
            abstract: "Merge two records of one person: everything of FROM moves to INTO, and FROM is removed.",
            discussion: """
                INTO keeps their name, role and staff number. Refused when the two are registered with \
                different roles, unless --change-role. Chained, so 'records verify' still passes.
                """)

        @Argument(help: "The person to merge away.")
        var from: String

        @Argument(help: "The person to keep.")
        var into: String

        @Flag(help: "Merge even though FROM is registered with a different role from INTO (INTO's role is kept).")
        var changeRole = false

        @OptionGroup var store: StoreOptions

        func run() throws {
            try SafeDrill.PeopleCommand.guarded {
                let change = try store.open().merge(from, into: into, changingRole: changeRole, at: Date())
                print("Merged into \(into) (change \(change.id.prefix(8)), \(change.recommitments.count) chained records recommitted).")
            }
        }
    }
}
