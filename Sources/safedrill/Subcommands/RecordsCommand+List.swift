import ArgumentParser
import Foundation
import Records

extension SafeDrill.RecordsCommand {
    /// `safedrill records list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List attempts and sign-offs, newest first.")

        @Option(help: ArgumentHelp("Only this trainee's records.", valueName: "name"))
        var trainee: String?

        @Option(help: ArgumentHelp("Only attempts at this scenario.", valueName: "id"))
        var scenario: String?

        @Option(help: ArgumentHelp("Only sign-offs of this pack.", valueName: "id"))
        var pack: String?

        @OptionGroup var since: SinceOption

        @Option(help: "in_progress, completed, competent, not_yet_competent, void or valid.")
        var status: String?

        @Option(help: ArgumentHelp("Only the newest N records.", valueName: "n"))
        var limit: Int?

        @Flag(help: "Print as JSON.")
        var json = false

        @OptionGroup var store: StoreOptions

        func validate() throws {
            if let status, RecordQuery.Status(rawValue: status) == nil {
                throw ValidationError("--status must be in_progress, completed, competent, not_yet_competent, void or valid")
            }
            if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more") }
        }

        func run() throws {
            let query = RecordQuery(
                trainee: trainee, scenario: scenario, pack: pack, since: since.date,
                status: status.flatMap(RecordQuery.Status.init(rawValue:)), limit: limit)
            let rows = try store.open().listing(query)
            if json { try SafeDrill.RecordsCommand.printJSON(rows); return }
            guard !rows.isEmpty else { print("No records."); return }
            var out = ""
            for row in rows {
                let percent = row.percent.map { " \(Int($0.rounded()))%" } ?? ""
                out += "\(row.id.prefix(8))  \(row.at.ISO8601Format())  \(row.kind.rawValue)  \(row.trainee)  \(row.subject)  \(row.status)\(percent)\(row.void ? "  VOID" : "")\n"
            }
            print(out, terminator: "")
        }
    }
}
