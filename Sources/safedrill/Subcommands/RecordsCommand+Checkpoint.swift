import ArgumentParser
import Foundation
import Records

extension SafeDrill.RecordsCommand {
    /// `safedrill records checkpoint --key FILE [--witness FILE]`.
    struct Checkpoint: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "checkpoint",
            abstract: "Sign the chain's length and head with your key, and copy the checkpoint to a witness file kept elsewhere.",
            discussion: """
                With --key, signs a new checkpoint (the registration key or an endorsed signing key) and chains it. \
                With --witness, appends the checkpoint (the new one, or else the newest in the store) to that file: \
                keep it on another machine or a shared drive, and give it to 'records verify --witness FILE'.
                """)

        @Option(help: ArgumentHelp("Your private key file: the registration key or an endorsed signing key.", valueName: "file"))
        var key: String?

        @Option(name: .long, help: ArgumentHelp("Read the key's passphrase from the first line of this file.", valueName: "file"))
        var passphraseFile: String?

        @Option(help: ArgumentHelp("Append the checkpoint to this witness file (created 0600 if missing).", valueName: "file"))
        var witness: String?

        @OptionGroup var store: StoreOptions

        func validate() throws {
            if key == nil && witness == nil { throw ValidationError("give --key FILE to sign a checkpoint, --witness FILE to copy one out, or both") }
        }

        func run() throws {
            do {
                let records = try store.open()
                let checkpoint: Records.Checkpoint
                if let key {
                    let file = try PrivateKeyFile.read(path: key)
                    let privateKey = try file.open(passphrase: Passphrase.obtain(
                        file: passphraseFile, prompt: "Passphrase for key \(SigningKey.short(file.fingerprint)): ", confirm: false))
                    checkpoint = try records.makeCheckpoint(key: privateKey, at: Date())
                    print("Checkpoint \(checkpoint.id.prefix(8)): \(checkpoint.summary). Chain head \(checkpoint.head)")
                } else if let latest = try records.latestCheckpoint() {
                    checkpoint = latest
                } else {
                    throw ValidationFailure("this store has no checkpoint yet: sign one with --key FILE")
                }
                if let witness {
                    try WitnessFile.append(checkpoint, to: witness)
                    print("Witnessed checkpoint \(checkpoint.id.prefix(8)) (\(checkpoint.length) records) in \(witness).")
                }
            } catch let error as KeyError {
                InputError.message(error.description).exit()
            } catch let error as ValidationFailure {
                InputError.message(error.description).exit()
            } catch let error as RecordError {
                InputError.message(error.description).exit()
            }
        }
    }
}
