import ArgumentParser
import Foundation
import Records

extension SafeDrill.Keys {
    /// `safedrill keys endorse`: endorse a key already registered (a legacy key).
    struct Endorse: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "endorse",
            abstract: "Endorse a registered key, so that it may sign.",
            discussion: """
                For keys registered before keys needed endorsing ('records verify' names them). Endorse \
                only a key you know its holder made: check the fingerprint with them. The endorsing key is \
                the registration key or a manager's endorsed key (for someone who already holds an \
                endorsed key: that key or the registration key).
                """)

        @Option(help: ArgumentHelp("The key's fingerprint, or a unique prefix of 8 or more hex digits.", valueName: "fingerprint"))
        var fingerprint: String

        @Option(name: .customLong("with"), help: ArgumentHelp("The endorsing key file.", valueName: "file"))
        var endorser: String

        @Option(name: .long, help: ArgumentHelp("Read the endorsing key's passphrase from this file.", valueName: "file"))
        var passphraseFile: String?

        @OptionGroup var store: StoreOptions

        func run() throws {
            do {
                let records = try store.open()
                let file = try PrivateKeyFile.read(path: endorser)
                let key = try file.open(passphrase: Passphrase.obtain(
                    file: passphraseFile, prompt: "Passphrase for the endorsing key \(SigningKey.short(file.fingerprint)): ", confirm: false))
                let endorsement = try records.endorseKey(fingerprint: fingerprint, endorsedBy: key, at: Date())
                print("Key \(SigningKey.short(endorsement.keyFingerprint)) endorsed as \(endorsement.role.rawValue) by \(SigningKey.short(endorsement.endorserFingerprint)).")
            } catch let error as ValidationFailure {
                InputError.message(error.description).exit()
            } catch let error as KeyError {
                InputError.message(error.description).exit()
            } catch let error as SignOffError {
                InputError.message(error.description).exit()
            } catch let error as RecordError {
                InputError.message(error.description).exit()
            }
        }
    }
}
