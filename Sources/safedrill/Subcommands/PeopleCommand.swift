import ArgumentParser
import Foundation
import Records

extension SafeDrill {
    /// `safedrill people`: the register of trainees and staff.
    struct PeopleCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "people",
            abstract: "Register, list, rename and merge people (trainees and staff).",
            discussion: """
                Names are found in any case or spacing, by staff number, or by a unique prefix. A supervisor \
                or assessor must be registered with that role before they supervise, assess or sign off. \
                Renames and merges are chained: 'safedrill records verify' still passes after them.
                """,
            subcommands: [Add.self, List.self, Rename.self, Merge.self])

        /// Runs `body`, turning the register's refusals into one lowercase line and exit 2.
        static func guarded(_ body: () throws -> Void) throws {
            do {
                try body()
            } catch let error as PeopleError {
                InputError.message(error.description).exit()
            } catch let error as RecordError {
                InputError.message(error.description).exit()
            }
        }
    }
}
