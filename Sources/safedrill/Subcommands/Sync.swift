import ArgumentParser
import Assessment
import Exports
import Foundation
import Records
import ThresholdEngine

extension SafeDrill {
    /// `safedrill sync --lrs URL --user U`: send the xAPI statements an LRS has not accepted yet.
    struct Sync: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "sync",
            abstract: "Send the xAPI statements a learning record store (LRS) has not accepted yet.",
            discussion: """
                Statements are those of 'safedrill export --format xapi'. Each is checked against xAPI 1.0.3 \
                first and sent only if it passes; the records remember what the LRS accepted, so a re-run sends \
                only the rest. A statement the LRS rejects is reported with its reason and the others still go. \
                The password comes from --password-file FILE (first line) or \(LRSLoginOptions.passwordVariable), or is asked \
                for at the terminal: never from an argument, which would stay in shell history. \
                The newest signed checkpoint ('records checkpoint') goes too, as a statement with a stable id, so \
                the LRS witnesses the chain for 'records verify --lrs URL'. Exit 0 when everything is delivered; 1 when a statement was refused, rejected or not sent; \
                2 for usage errors and refused credentials.
                """)

        @Option(help: ArgumentHelp("The LRS's xAPI endpoint, such as http://127.0.0.1:8100/xAPI/.", valueName: "url"))
        var lrs: String

        @OptionGroup var login: LRSLoginOptions

        @Option(help: ArgumentHelp("Statements per request.", valueName: "n"))
        var batchSize = LRSSync.standardBatchSize

        @Flag(help: "Say what would be sent without contacting the LRS.")
        var dryRun = false

        @Flag(help: "Print the report as JSON.")
        var json = false

        @OptionGroup var resources: ResourceOptions
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
            if login.user == nil && !dryRun { throw ValidationError("--user is required: the LRS user the statements are sent as") }
        }

        func run() throws {
            do {
                let endpoint = try LRSEndpoint(lrs)
                if !dryRun, endpoint.sendsCredentialsInTheClear {
                    printToStandardError("""
                        warning: \(endpoint.address) is plain http to another machine: the LRS password goes over the \
                        network unencrypted, readable by anyone on the way. Use https.

                        """)
                }
                let client = dryRun ? nil : LRSClient(endpoint: endpoint, credentials: try login.credentials())
                let sync = client.map { LRSSync(client: $0, batchSize: batchSize) } ?? LRSSync.dryRun(endpoint: endpoint)
                let records = try store.open()
                let library = try TrainingLibrary.load(scenariosFolder: resources.scenariosFolder, policyPath: resources.policyFile)
                let report = try sync.run(XAPIExport.statements(from: records, library: library, since: nil), store: records)
                if json {
                    try RecordsCommand.printJSON(report)
                } else {
                    print(Self.text(of: report))
                }
                if !report.isComplete { throw ExitCode(1) }
                if let client, let checkpoint = try records.latestCheckpoint() {
                    guard try client.witness(checkpoint) else { throw ValidationFailure("the LRS rejected the checkpoint statement") }
                    if !json { print("Witnessed checkpoint \(checkpoint.id.prefix(8)) (\(checkpoint.length) records) in the LRS.") }
                }
            } catch let error as LRSError {
                InputError.message(error.description).exit()
            } catch let error as DiagnosticError {
                InputError.diagnostics(error.diagnostics).exit()
            } catch let error as ExportError {
                InputError.message(error.description).exit()
            } catch let error as RecordError {
                InputError.message(error.description).exit()
            } catch let error as ValidationFailure {
                InputError.message(error.description).exit()
            }
        }

        static func text(of report: SyncReport) -> String {
            var lines = [
                report.dryRun
                    ? "Would send \(count(report.sent)) to \(report.lrs); \(report.alreadyDelivered) already delivered."
                    : "Sent \(count(report.sent)) to \(report.lrs); \(report.alreadyDelivered) already delivered."
            ]
            if !report.rejected.isEmpty {
                lines.append("Rejected by the LRS (\(report.rejected.count)), to be tried again next run:")
                lines += report.rejected.flatMap(problemLines)
            }
            if !report.refused.isEmpty {
                lines.append("Refused by SafeDrill's xAPI 1.0.3 check, not sent (\(report.refused.count)):")
                lines += report.refused.flatMap(problemLines)
            }
            if let stopped = report.stopped {
                lines.append("Stopped: \(stopped). \(count(report.notSent)) not sent: run sync again later.")
            }
            return lines.joined(separator: "\n")
        }

        private static func problemLines(_ problem: SyncReport.Problem) -> [String] {
            let verb = problem.verb.split(separator: "/").last.map(String.init) ?? problem.verb
            return problem.reasons.map { "  statement \(problem.statement) (\(verb)): \($0)" }
        }

        private static func count(_ statements: Int) -> String {
            "\(statements) statement\(statements == 1 ? "" : "s")"
        }
    }
}
