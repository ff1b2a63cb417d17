import ArgumentParser
import Foundation
import Records
import ThresholdEngine

extension SafeDrill {
    /// `safedrill signoff`: a supervisor signs a trainee's competence in a pack.
    struct SignOffCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "signoff",
            abstract: "Sign off a trainee's competence in a pack, with your key.",
            discussion: """
                Checks the evidence (a Competent assessment-mode attempt for every scenario in the pack, \
                within its validity window), shows it, asks for the method and comments (or takes --method \
                and --comments), and signs the whole record. Refused with a reason (exit 2) when you would \
                sign your own competence (under any spelling of your name), you are not registered as \
                supervisor, assessor or lead, the key is not registered or not endorsed ('safedrill keys \
                endorse'), the passphrase is wrong, evidence is missing, or the trainee is already signed \
                off in the pack on the same evidence (the message names that sign-off). --trainee finds \
                the trainee as --as does: any case or spacing, a staff number or a unique prefix.
                """)

        @Option(help: ArgumentHelp("The trainee's name.", valueName: "name"))
        var trainee: String

        @Option(help: ArgumentHelp("The pack id (see Scoring/packs.yaml).", valueName: "id"))
        var pack: String

        @Option(help: ArgumentHelp("Your private key file.", valueName: "file"))
        var key: String

        @Option(name: .long, help: ArgumentHelp("Read the passphrase from the first line of this file.", valueName: "file"))
        var passphraseFile: String?

        @Option(help: "simulation, observation or questioning (default: ask).")
        var method: SignOffMethod?

        @Option(help: ArgumentHelp("Your comments (default: ask).", valueName: "text"))
        var comments: String?

        @Option(help: ArgumentHelp("Packs file (default: Scoring/packs.yaml).", valueName: "file"))
        var packs: String?

        @OptionGroup var store: StoreOptions

        func run() throws {
            do {
                let catalogue = try PackCatalogue.load(path: packs ?? ResourceOptions.home.appendingPathComponent("Scoring/packs.yaml").path)
                guard let pack = catalogue.pack(pack) else {
                    throw ValidationFailure("no pack '\(self.pack)': packs are \(catalogue.packs.map(\.id).joined(separator: ", "))")
                }
                let records = try store.open()
                let file = try PrivateKeyFile.read(path: key)
                try records.checkSigningAuthority(fingerprint: file.fingerprint)
                let now = Date()
                let trainee = try PersonResolver(store: records, asker: nil, mayRegister: false).existing(self.trainee).name
                let check = try records.evidence(trainee: trainee, pack: pack, at: now)
                print("Evidence for \(check.trainee), \(pack.title):")
                for item in check.items {
                    if let attempt = item.attempt {
                        print("  \(item.scenarioID): Competent (\(Int((attempt.percent ?? 0).rounded()))%), attempt \(attempt.id.prefix(8)), \(attempt.finishedAt?.ISO8601Format() ?? "")")
                    } else {
                        print("  \(item.scenarioID): \(item.problem ?? "missing")")
                    }
                }
                guard check.isComplete else {
                    throw SignOffError.missingEvidence(trainee: check.trainee, pack: pack.id, problems: check.problems)
                }
                let privateKey = try file.open(passphrase: Passphrase.obtain(file: passphraseFile, prompt: "Passphrase for key \(SigningKey.short(file.fingerprint)): ", confirm: false))
                let reader = LineReader()
                let chosen = try method ?? Self.askMethod(pack.methods, reader: reader)
                let remarks = try comments ?? Self.ask("Comments: ", reader: reader)
                let signOff = try records.signOff(trainee: trainee, pack: pack, method: chosen, comments: remarks, key: privateKey, at: now)
                print("Signed off \(pack.id) for \(check.trainee): \(chosen.rawValue), refresh due \(signOff.refreshDue.ISO8601Format()).")
                print("Sign-off \(signOff.id.prefix(8)), key \(SigningKey.short(signOff.keyFingerprint)).")
            } catch let error as DiagnosticError {
                InputError.diagnostics(error.diagnostics).exit()
            } catch let error as ValidationFailure {
                InputError.message(error.description).exit()
            } catch let error as KeyError {
                InputError.message(error.description).exit()
            } catch let error as SignOffError {
                InputError.message(error.description).exit()
            } catch let error as RecordError {
                InputError.message(error.description).exit()
            } catch let error as PeopleError {
                InputError.message(error.description).exit()
            }
        }

        private static func askMethod(_ accepted: [SignOffMethod], reader: LineReader) throws -> SignOffMethod {
            while true {
                let answer = try ask("Method (\(accepted.map(\.rawValue).joined(separator: ", "))): ", reader: reader)
                if let method = SignOffMethod(rawValue: answer.lowercased()), accepted.contains(method) { return method }
                print("'\(answer)' is not one of \(accepted.map(\.rawValue).joined(separator: ", ")).")
            }
        }

        private static func ask(_ prompt: String, reader: LineReader) throws -> String {
            guard case .line(let line) = reader.read(prompt: prompt) else {
                throw ValidationFailure("input ended before the sign-off was complete: give --method and --comments")
            }
            return line.trimmingCharacters(in: .whitespaces)
        }
    }
}

extension SignOffMethod: ExpressibleByArgument {}
