import ArgumentParser
import Crypto
import Foundation
import Records
import ThresholdEngine

extension SafeDrill {
    /// `safedrill credential`: sign-offs as portable Open Badges 3.0 credentials.
    struct Credential: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "credential",
            abstract: "Issue a sign-off as an Open Badges 3.0 credential, verify one anywhere, publish voided ones, import one.",
            subcommands: [Issue.self, Verify.self, Status.self, Import.self])

        /// Runs `body`, turning refusals into one lowercase line and exit 2.
        static func guarded(_ body: () throws -> Void) throws {
            do {
                try body()
            } catch let error as CredentialError {
                InputError.message(error.description).exit()
            } catch let error as KeyError {
                InputError.message(error.description).exit()
            } catch let error as RecordError {
                InputError.message(error.description).exit()
            } catch let error as ValidationFailure {
                InputError.message(error.description).exit()
            } catch let error as DiagnosticError {
                InputError.diagnostics(error.diagnostics).exit()
            }
        }

        /// The private key in `path`, opened with the passphrase from `file` or the terminal.
        static func key(_ path: String, passphraseFile: String?) throws -> Curve25519.Signing.PrivateKey {
            let file = try PrivateKeyFile.read(path: path)
            return try file.open(passphrase: Passphrase.obtain(file: passphraseFile, prompt: "Passphrase for key \(SigningKey.short(file.fingerprint)): ", confirm: false))
        }

        /// The text of `path`, or exit 2 naming it.
        static func text(of path: String) throws -> String {
            guard let data = FileManager.default.contents(atPath: path) else { throw CredentialError.unreadable(path) }
            return String(decoding: data, as: UTF8.self)
        }
    }
}

extension SafeDrill.Credential {
    /// `safedrill credential issue SIGNOFF_ID --out FILE --key FILE --provider NAME`.
    struct Issue: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "issue",
            abstract: "Write a sign-off as an Open Badges 3.0 OpenBadgeCredential, a VC-JWT signed with the supervisor's key.")

        @Argument(help: "The sign-off id, or a unique prefix of 6 or more characters.")
        var signOff: String

        @Option(help: ArgumentHelp("Where to write the credential (0600: it names the person).", valueName: "file"))
        var out: String

        @Option(help: ArgumentHelp("The private key file that signed the sign-off.", valueName: "file"))
        var key: String

        @Option(name: .long, help: ArgumentHelp("Read the key's passphrase from the first line of this file.", valueName: "file"))
        var passphraseFile: String?

        @Option(help: ArgumentHelp("The provider's name, as the credential shows it.", valueName: "name"))
        var provider: String

        @Option(name: .customLong("status-url"), help: ArgumentHelp("Where the provider publishes its status list (default: a URN naming its registration key).", valueName: "url"))
        var statusURL: String?

        @Option(help: ArgumentHelp("Packs file (default: Scoring/packs.yaml).", valueName: "file"))
        var packs: String?

        @OptionGroup var store: StoreOptions

        func run() throws {
            try SafeDrill.Credential.guarded {
                let catalogue = try PackCatalogue.load(path: packs ?? ResourceOptions.home.appendingPathComponent("Scoring/packs.yaml").path)
                let records = try store.open()
                let privateKey = try SafeDrill.Credential.key(key, passphraseFile: passphraseFile)
                let issued = try records.issueCredential(
                    signOff: signOff, packs: catalogue, provider: provider, statusURL: statusURL, key: privateKey, at: Date())
                try PrivateFile.write(Data((issued.jwt + "\n").utf8), to: out)
                let credential = issued.credential
                print("Wrote \(out): \(credential.name) for \(credential.credentialSubject.name), valid until \(credential.validUntil).")
                print("Issuer \(credential.issuer.name), key \(credential.issuer.id).")
            }
        }
    }

    /// `safedrill credential verify FILE [--status FILE]`: needs no records.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "verify",
            abstract: "Check a credential with no records: signature, issuer key, dates and, with --status, whether it was voided; exit 1 naming each problem.")

        @Argument(help: "The credential file (a VC-JWT).")
        var file: String

        @Option(help: ArgumentHelp("The provider's published status list ('credential status --out').", valueName: "file"))
        var status: String?

        @Option(help: ArgumentHelp("Check as at this time (ISO 8601) rather than now.", valueName: "time"))
        var at: String?

        func run() throws {
            try SafeDrill.Credential.guarded {
                let when = try at.map { text in
                    guard let date = try? Date(text, strategy: .iso8601) else { throw ValidationFailure("--at must be an ISO 8601 time such as 2027-01-31T12:00:00Z") }
                    return date
                } ?? Date()
                let verification = CredentialVerification.check(
                    try SafeDrill.Credential.text(of: file), at: when, statusList: try status.map(SafeDrill.Credential.text(of:)))
                Self.report(verification, file: file)
                if !verification.isOK { throw ExitCode(1) }
            }
        }

        static func report(_ verification: CredentialVerification, file: String) {
            guard verification.isOK, let credential = verification.credential else {
                for problem in verification.problems { print("\(file): \(problem)") }
                print("\(file) does not verify.")
                return
            }
            let provider = credential.issuer.parentOrg.map { " for \($0.name) (\($0.id))" } ?? ""
            print("OK: \(credential.name) (pack \(credential.packID)) for \(credential.credentialSubject.name), valid \(credential.validFrom) to \(credential.validUntil).")
            print("Issued by \(credential.issuer.name), key \(credential.issuer.id)\(provider): confirm this key with the provider.")
            for item in credential.evidence { print("  \(item.name): \(item.description)") }
            for unchecked in verification.notChecked { print("Not checked: " + unchecked) }
        }
    }

    /// `safedrill credential status --out FILE --key FILE`.
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "status",
            abstract: "Publish the provider's W3C Bitstring Status List: which issued credentials are void.")

        @Option(help: ArgumentHelp("Where to write the status list (a VC-JWT).", valueName: "file"))
        var out: String

        @Option(help: ArgumentHelp("The registration key file, or an endorsed signing key.", valueName: "file"))
        var key: String

        @Option(name: .long, help: ArgumentHelp("Read the key's passphrase from the first line of this file.", valueName: "file"))
        var passphraseFile: String?

        @Option(name: .customLong("status-url"), help: ArgumentHelp("The URL the list is published at, as credentials name it.", valueName: "url"))
        var statusURL: String?

        @OptionGroup var store: StoreOptions

        func run() throws {
            try SafeDrill.Credential.guarded {
                let records = try store.open()
                let list = try records.statusList(statusURL: statusURL, key: try SafeDrill.Credential.key(key, passphraseFile: passphraseFile), at: Date())
                try PrivateFile.write(Data((list + "\n").utf8), to: out)
                print("Wrote the status list to \(out): publish it where credentials name it.")
            }
        }
    }

    /// `safedrill credential import FILE`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import",
            abstract: "Verify a credential from another provider and record it as a recognised prior sign-off.")

        @Argument(help: "The credential file (a VC-JWT).")
        var file: String

        @Option(help: ArgumentHelp("The issuing provider's status list, to refuse a voided credential.", valueName: "file"))
        var status: String?

        @OptionGroup var store: StoreOptions

        func run() throws {
            try SafeDrill.Credential.guarded {
                let text = try SafeDrill.Credential.text(of: file)
                let verification = CredentialVerification.check(text, at: Date(), statusList: try status.map(SafeDrill.Credential.text(of:)))
                guard verification.isOK else {
                    Verify.report(verification, file: file)
                    throw ExitCode(1)
                }
                let imported = try store.open().importCredential(text, verification: verification, at: Date())
                print("Recorded \(imported.packID) for \(verification.credential?.credentialSubject.name ?? ""), from \(imported.issuer) (\(imported.issuerKey)), valid until \(imported.validUntil.ISO8601Format()).")
                for unchecked in verification.notChecked { print("Not checked: " + unchecked) }
            }
        }
    }
}
