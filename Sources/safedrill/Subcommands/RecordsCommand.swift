import ArgumentParser
import Assessment
import Foundation
import Records
import ThresholdEngine

extension SafeDrill {
    /// `safedrill records`: read, verify, correct and dispose of records.
    struct RecordsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "records",
            abstract: "Verify, checkpoint, list, show, moderate, void, erase, purge and export records.",
            subcommands: [Verify.self, Checkpoint.self, List.self, Show.self, Moderate.self, VoidRecord.self, Erase.self, Purge.self, Export.self])

        /// Runs `body`, turning the library's refusals into one lowercase line and exit 2.
        static func guarded(_ body: () throws -> Void) throws {
            do {
                try body()
            } catch let error as RecordError {
                InputError.message(error.description).exit()
            } catch let error as ValidationFailure {
                InputError.message(error.description).exit()
            } catch let error as ModerationError {
                InputError.message(error.description).exit()
            }
        }

        static func printJSON(_ value: some Encodable) throws {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            encoder.dateEncodingStrategy = .iso8601
            print(String(decoding: try encoder.encode(value), as: UTF8.self))
        }
    }
}

extension SafeDrill.RecordsCommand {
    /// `safedrill records verify`: exit 0 when the chain holds and every result replays, 1 naming each problem.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "verify",
            abstract: "Check the hash chain and every signature, and replay every completed attempt; exit 1 naming each record edited, removed, reordered, badly signed or not replaying to its result.",
            discussion: """
                Each completed attempt scored with today's policy and rubrics is replayed: its stored answers, through \
                the scenario source stored with it and the scorer, must give its stored result.
                """)

        @OptionGroup var resources: ResourceOptions
        @OptionGroup var store: StoreOptions
        @OptionGroup var witnesses: WitnessOptions

        @Flag(help: "Print the report as JSON.")
        var json = false

        @Option(help: ArgumentHelp("Packs file whose refresh rules sign-offs must follow (default: Scoring/packs.yaml).", valueName: "file"))
        var packs: String?

        func run() throws {
            let packsPath = packs ?? ResourceOptions.home.appendingPathComponent("Scoring/packs.yaml").path
            let catalogue: PackCatalogue?
            let library: TrainingLibrary
            do {
                catalogue = packs == nil && !FileManager.default.fileExists(atPath: packsPath) ? nil : try PackCatalogue.load(path: packsPath)
                library = try TrainingLibrary.load(scenariosFolder: resources.scenariosFolder, policyPath: resources.policyFile)
            } catch {
                InputError.diagnostics(error.diagnostics).exit()
            }
            let witnessed = witnesses.checkpoints()
            let records = try store.open()
            var report = try records.verify(packs: catalogue, replayingWith: library)
            report.problems += try records.checkWitnessed(witnessed)
            if catalogue == nil { report.warnings.append("no packs file at \(packsPath): refresh dates were not checked") }
            if json {
                try SafeDrill.RecordsCommand.printJSON(report)
            } else {
                for warning in report.warnings { print("warning: " + warning) }
                if report.isOK {
                    let older = report.notReplayed == 0 ? "" : " (\(report.notReplayed) scored under another policy or rubrics, not replayed)"
                    print("OK: \(report.entries) records in the chain, all intact; \(report.replayed) completed attempts replay to their results\(older). Chain head \(report.head)")
                    if let registration = try records.registrationKey() {
                        print("Registration key \(registration.fingerprint): compare it with the one noted at 'keys init'.")
                    }
                } else {
                    for problem in report.problems { print(problem.description) }
                    print("\(report.problems.count) problem\(report.problems.count == 1 ? "" : "s") in \(report.entries) records.")
                }
                for limit in WitnessOptions.limits(witnessed: witnessed, report: report) { print(limit) }
            }
            if !report.isOK { throw ExitCode(1) }
        }
    }

    /// `safedrill records void ID --reason TEXT`.
    struct VoidRecord: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "void", abstract: "Void an attempt, decision or sign-off: a new record, never an edit.")

        @Argument(help: "The record id or a unique prefix of 6 or more characters.")
        var id: String

        @Option(help: ArgumentHelp("Why it no longer counts.", valueName: "text"))
        var reason: String

        @Option(name: .customLong("as"), help: ArgumentHelp("Who is voiding it.", valueName: "name"))
        var author: String?

        @OptionGroup var store: StoreOptions

        func run() throws {
            try SafeDrill.RecordsCommand.guarded {
                let void = try store.open().void(recordID: id, reason: reason, author: author, at: Date())
                print("Voided \(void.targetKind.rawValue) \(void.targetID.prefix(8)): \(void.reason) (void \(void.id.prefix(8)))")
            }
        }
    }

    /// `safedrill records erase --trainee NAME`.
    struct Erase: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "erase",
            abstract: "Erase a person on request; the chain still verifies for everyone else.")

        @Option(help: ArgumentHelp("The person to erase.", valueName: "name"))
        var trainee: String

        @OptionGroup var store: StoreOptions

        func run() throws {
            try SafeDrill.RecordsCommand.guarded {
                let erasure = try store.open().erase(personName: trainee, at: Date())
                print(Self.text(of: erasure, name: trainee))
            }
        }

        /// What was removed, then every column searched for the name and what was done there.
        static func text(of erasure: Erasure, name: String) -> String {
            var lines = [
                "Erased \(name): \(erasure.disposal.recordIDs.count) records removed, logged as disposal \(erasure.disposal.id.prefix(8)).",
                "Looked for the name in every column that can hold it; in others' records it is now \(erasure.pseudonym):",
            ]
            for place in erasure.places {
                let done = switch place.action {
                case .replaced: "\(place.count) replaced by the pseudonym"
                case .unlinked: "\(place.count) unlinked"
                case .mentioned: place.count == 0 ? "not mentioned" : "mentioned in \(place.count), left as written: review them"
                }
                lines.append("  \(place.column) (\(place.holds)): \(done)")
            }
            return lines.joined(separator: "\n")
        }
    }

    /// `safedrill records purge --older-than 6y`.
    struct Purge: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "purge",
            abstract: "Remove records older than a retention period, with a disposal log entry.")

        @Option(name: .customLong("older-than"), help: ArgumentHelp("A duration: 30d, 18m or 6y.", valueName: "duration"))
        var olderThan: String

        @OptionGroup var store: StoreOptions

        func validate() throws {
            if Self.cutoff(olderThan, from: Date()) == nil {
                throw ValidationError("--older-than must be a number then d, m or y, such as 6y")
            }
        }

        func run() throws {
            guard let cutoff = Self.cutoff(olderThan, from: Date()) else { return }
            try SafeDrill.RecordsCommand.guarded {
                let disposal = try store.open().purge(before: cutoff, reason: "retention: older than \(olderThan)", at: Date())
                print("Purged \(disposal.recordIDs.count) records older than \(olderThan), logged as disposal \(disposal.id.prefix(8)).")
            }
        }

        static func cutoff(_ text: String, from now: Date) -> Date? {
            guard let unit = text.last, let count = Int(text.dropLast()), count > 0 else { return nil }
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
            switch unit {
            case "d": return calendar.date(byAdding: .day, value: -count, to: now)
            case "m": return calendar.date(byAdding: .month, value: -count, to: now)
            case "y": return calendar.date(byAdding: .year, value: -count, to: now)
            default: return nil
            }
        }
    }

    /// `safedrill records export --trainee NAME`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export",
            abstract: "Everything held about a person, as JSON (subject access).")

        @Option(help: ArgumentHelp("The person.", valueName: "name"))
        var trainee: String

        @OptionGroup var store: StoreOptions

        func run() throws {
            try SafeDrill.RecordsCommand.guarded {
                try SafeDrill.RecordsCommand.printJSON(try store.open().export(personName: trainee, at: Date()))
            }
        }
    }
}
