import ArgumentParser
import Foundation
import Records

extension SafeDrill.RecordsCommand {
    /// One line of `records list`.
    struct Row: Encodable {
        var kind: String
        var id: String
        var trainee: String
        var subject: String
        var status: String
        var at: Date
        var percent: Double?
        var void: Bool
    }

    /// `safedrill records list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List attempts and sign-offs, newest first.")

        @Option(help: ArgumentHelp("Only this trainee's records.", valueName: "name"))
        var trainee: String?

        @Option(help: ArgumentHelp("Only attempts at this scenario.", valueName: "id"))
        var scenario: String?

        @Option(help: ArgumentHelp("Only sign-offs of this pack.", valueName: "id"))
        var pack: String?

        @Option(help: ArgumentHelp("Only records from this date on (YYYY-MM-DD).", valueName: "date"))
        var since: String?

        @Option(help: "in_progress, completed, competent, not_yet_competent, void or valid.")
        var status: String?

        @Flag(help: "Print as JSON.")
        var json = false

        @OptionGroup var store: StoreOptions

        func validate() throws {
            if let since, Self.date(since) == nil { throw ValidationError("--since must be a date such as 2026-03-01") }
            if let status, !["in_progress", "completed", "competent", "not_yet_competent", "void", "valid"].contains(status) {
                throw ValidationError("--status must be in_progress, completed, competent, not_yet_competent, void or valid")
            }
        }

        func run() throws {
            let records = try store.open()
            let names = Dictionary(try records.people().compactMap { p in p.id.map { ($0, p.name) } }, uniquingKeysWith: { a, _ in a })
            let voided = try records.voidedIDs()
            var rows: [Row] = []
            if pack == nil {
                let attemptStatus = status.flatMap(Attempt.Status.init(rawValue:))
                for attempt in try records.attempts(personName: trainee, scenarioID: scenario, status: attemptStatus) {
                    rows.append(Row(
                        kind: "attempt", id: attempt.id, trainee: names[attempt.personID] ?? "?", subject: attempt.scenarioID,
                        status: attempt.status == .inProgress ? "in_progress" : (attempt.outcome?.rawValue ?? "completed"),
                        at: attempt.startedAt, percent: attempt.percent, void: voided.contains(attempt.id)))
                }
            }
            if scenario == nil {
                for signOff in try records.signOffs(trainee: trainee, packID: pack) {
                    rows.append(Row(
                        kind: "signoff", id: signOff.id, trainee: signOff.traineeID.flatMap { names[$0] } ?? "?", subject: signOff.packID,
                        status: "signed", at: signOff.signedAt, percent: nil, void: voided.contains(signOff.id)))
                }
            }
            let since = self.since.flatMap(Self.date)
            rows = rows.filter { row in
                if let since, row.at < since { return false }
                switch status {
                case "void": return row.void
                case "valid": return !row.void
                case "competent", "not_yet_competent": return row.status == status
                // Attempt states: a sign-off is neither in progress nor completed.
                case "in_progress", "completed": return row.kind == "attempt"
                default: return true
                }
            }.sorted { $0.at > $1.at }
            if json { try SafeDrill.RecordsCommand.printJSON(rows); return }
            guard !rows.isEmpty else { print("No records."); return }
            for row in rows {
                let percent = row.percent.map { " \(Int($0.rounded()))%" } ?? ""
                print("\(row.id.prefix(8))  \(row.at.ISO8601Format())  \(row.kind)  \(row.trainee)  \(row.subject)  \(row.status)\(percent)\(row.void ? "  VOID" : "")")
            }
        }

        static func date(_ text: String) -> Date? {
            var strategy = Date.ISO8601FormatStyle().year().month().day()
            strategy.timeZone = TimeZone(identifier: "UTC") ?? strategy.timeZone
            return try? Date(text, strategy: strategy)
        }
    }
}
