import ArgumentParser
import Assessment
import Exports
import Foundation
import Records

extension SafeDrill {
    /// `safedrill export --format csv|json|xapi [--since DATE] [--out FILE]`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export",
            abstract: "Export the training records as CSV, JSON or xAPI 1.0.3 statements.",
            discussion: """
                csv: one row per attempt, the columns documented in docs/exports.md, for HR and spreadsheets. \
                json: everything about every attempt, headed by what the file contains. \
                xapi: statements for completed, not voided attempts, checked against xAPI 1.0.3 first: \
                a statement that breaks a rule is left out and named on standard error with its attempt and \
                rule, the others are written, and the exit status is 1. \
                The output is personal data: --out FILE creates it readable by you only (0600).
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case csv, json, xapi
        }

        @Option(help: "csv, json or xapi.")
        var format: Format

        @OptionGroup var since: SinceOption

        @Option(help: ArgumentHelp("Write to this file (0600) instead of standard output.", valueName: "file"))
        var out: String?

        @OptionGroup var resources: ResourceOptions
        @OptionGroup var store: StoreOptions

        func run() throws {
            do {
                let records = try store.open()
                let since = self.since.date
                var refused: [XAPIRefusal] = []
                let (data, summary) = switch format {
                case .csv: try csv(records, since: since)
                case .json: try json(records, since: since)
                case .xapi: try xapi(records, since: since, refused: &refused)
                }
                if let out {
                    try PrivateFile.write(data, to: out)
                    printToStandardError("Wrote \(summary) to \(out) (personal data, readable by you only).\n")
                } else {
                    FileHandle.standardOutput.write(data)
                }
                guard refused.isEmpty else {
                    let count = refused.count == 1 ? "1 xAPI statement breaks" : "\(refused.count) xAPI statements break"
                    let lines = refused.map(\.description).joined(separator: "\n")
                    printToStandardError("error: \(count) a rule, left out; the rest were written:\n\(lines)\n")
                    throw ExitCode(1)
                }
            } catch let error as ExportError {
                InputError.message(error.description).exit()
            } catch let error as RecordError {
                InputError.message(error.description).exit()
            }
        }

        private func csv(_ records: RecordStore, since: Date?) throws -> (Data, String) {
            let attempts = try records.exportedAttempts(since: since)
            return (Data(AttemptCSV.text(attempts).utf8), "\(attempts.count) attempts")
        }

        private func json(_ records: RecordStore, since: Date?) throws -> (Data, String) {
            let document = ExportDocument(records: try records.exportedAttempts(since: since), since: since, generatedAt: Date())
            return (try document.json() + Data("\n".utf8), "\(document.records.count) attempts")
        }

        /// The statements that pass the xAPI check; those that do not go to `refused`.
        private func xapi(_ records: RecordStore, since: Date?, refused: inout [XAPIRefusal]) throws -> (Data, String) {
            let library: TrainingLibrary
            do {
                library = try TrainingLibrary.load(scenariosFolder: resources.scenariosFolder, policyPath: resources.policyFile)
            } catch {
                InputError.diagnostics(error.diagnostics).exit()
            }
            let checked = XAPIValidator.check(try XAPIExport.statements(from: records, library: library, since: since))
            refused = checked.refused
            return (try XAPIExport.json(checked.valid) + Data("\n".utf8), "\(checked.valid.count) xAPI statements")
        }
    }
}
