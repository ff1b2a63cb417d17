import ArgumentParser
import Foundation
import Records

extension SafeDrill.PeopleCommand {
    /// `safedrill people rename OLD NEW`.
    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rename",
            abstract: "Change a person's name; they keep their id, role and records.",
            discussion: """
                Chained, so 'records verify' still passes. Names written on earlier records (the supervisor \
                of an attempt, a note's author) stay as they were written.
                """)

        @Argument(help: "Their name now (any case, or a unique prefix).")
        var old: String

        @Argument(help: "The new name.")
        var new: String

        @OptionGroup var store: StoreOptions

        func run() throws {
            try SafeDrill.PeopleCommand.guarded {
                let change = try store.open().rename(old, to: new, at: Date())
                print("Renamed to \(new) (change \(change.id.prefix(8)), \(change.recommitments.count) chained records recommitted).")
            }
        }
    }
}
