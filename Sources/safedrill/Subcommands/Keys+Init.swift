import ArgumentParser
import Crypto
import Foundation
import Records

extension SafeDrill.Keys {
    /// `safedrill keys init`: the provider's registration key, made once per records store.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "init",
            abstract: "Make the provider's registration key (once): it endorses every signing key.",
            discussion: """
                Writes the private key sealed under a passphrase, like any key file; only its public half \
                and fingerprint go into the records. Keep the file offline: whoever holds it and its \
                passphrase can endorse signing keys. It signs no sign-offs.
                """)

        @Option(help: ArgumentHelp("Where to write the private key (default: keys/ beside the records).", valueName: "file"))
        var out: String?

        @Option(name: .long, help: ArgumentHelp("Read the passphrase from the first line of this file.", valueName: "file"))
        var passphraseFile: String?

        @OptionGroup var store: StoreOptions

        func run() throws {
            do {
                let records = try store.open()
                if let existing = try records.registrationKey() { throw KeyError.registrationKeyExists(fingerprint: existing.fingerprint) }
                let key = Curve25519.Signing.PrivateKey()
                let fingerprint = KeyFingerprint.of(key.publicKey.rawRepresentation)
                let path = out ?? URL(fileURLWithPath: store.path).deletingLastPathComponent()
                    .appendingPathComponent("keys").appendingPathComponent("registration-\(fingerprint.prefix(8)).key").path
                guard !FileManager.default.fileExists(atPath: path) else { throw KeyError.alreadyExists(path) }
                let passphrase = try Passphrase.obtain(file: passphraseFile, prompt: "Passphrase for the registration key: ", confirm: true)
                try PrivateKeyFile.seal(key, name: "registration key", passphrase: passphrase).write(path: path)
                let registered = try records.registerProvider(publicKey: key.publicKey.rawRepresentation, at: Date())
                print("Registration key \(registered.shortFingerprint) made for this records store.")
                print("Fingerprint \(registered.fingerprint): note it somewhere else; 'records verify' prints it to compare.")
                print("Private key: \(path) (0600, sealed under your passphrase; keep it offline)")
                print("Endorse signing keys with it: safedrill keys new --name NAME --endorse-with \(path)")
            } catch let error as ValidationFailure {
                InputError.message(error.description).exit()
            } catch let error as KeyError {
                InputError.message(error.description).exit()
            } catch let error as RecordError {
                InputError.message(error.description).exit()
            }
        }
    }
}
