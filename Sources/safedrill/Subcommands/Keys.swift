import ArgumentParser
import Crypto
import Foundation
import Records

extension SafeDrill {
    /// `safedrill keys`: supervisors' signing keys.
    struct Keys: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "keys",
            abstract: "Make, endorse and list signing keys.",
            discussion: """
                A provider runs 'keys init' once: it makes the registration key, kept offline. Every \
                signing key is endorsed when it is made ('keys new --endorse-with FILE'), by the \
                registration key or a manager's endorsed key; a new key for someone who already holds \
                one is a rotation, endorsed by their current key or the registration key. 'keys endorse' \
                endorses a key registered before keys needed endorsing.
                """,
            subcommands: [Init.self, New.self, Endorse.self, List.self])
    }
}

extension SafeDrill.Keys {
    /// `safedrill keys new`: a new Ed25519 key pair, private half sealed under a passphrase,
    /// registered with an endorsement.
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "new",
            abstract: "Make a signing key and register its public half.",
            discussion: """
                The private key is sealed under a passphrase (scrypt, then AES-GCM) in a 0600 file; it is \
                never printed. Scripts give the passphrase with --passphrase-file FILE. The key is endorsed \
                with --endorse-with: the registration key or a manager's endorsed key (for a rotation: the \
                holder's current key or the registration key), opened with --endorser-passphrase-file.
                """)

        @Option(help: ArgumentHelp("The key holder's name.", valueName: "name"))
        var name: String

        @Option(help: "supervisor, assessor, lead or manager.")
        var role: Person.Role = .supervisor

        @Option(help: ArgumentHelp("Where to write the private key (default: keys/ beside the records).", valueName: "file"))
        var out: String?

        @Option(name: .long, help: ArgumentHelp("Read the passphrase from the first line of this file.", valueName: "file"))
        var passphraseFile: String?

        @Option(help: ArgumentHelp("The key that endorses the new one: the registration key or a manager's key.", valueName: "file"))
        var endorseWith: String?

        @Option(name: .long, help: ArgumentHelp("Read the endorsing key's passphrase from this file.", valueName: "file"))
        var endorserPassphraseFile: String?

        @OptionGroup var store: StoreOptions

        func run() throws {
            do {
                guard let endorseWith else {
                    throw ValidationFailure("a signing key must be endorsed: give --endorse-with FILE, the registration key ('safedrill keys init' makes it) or a manager's key")
                }
                let records = try store.open()
                let endorser = try PrivateKeyFile.read(path: endorseWith)
                let endorsing = try endorser.open(passphrase: Passphrase.obtain(
                    file: endorserPassphraseFile, prompt: "Passphrase for the endorsing key \(SigningKey.short(endorser.fingerprint)): ", confirm: false))
                let key = Curve25519.Signing.PrivateKey()
                let fingerprint = KeyFingerprint.of(key.publicKey.rawRepresentation)
                let path = out ?? URL(fileURLWithPath: store.path).deletingLastPathComponent()
                    .appendingPathComponent("keys").appendingPathComponent("\(Self.slug(name))-\(fingerprint.prefix(8)).key").path
                guard !FileManager.default.fileExists(atPath: path) else { throw KeyError.alreadyExists(path) }
                let passphrase = try Passphrase.obtain(file: passphraseFile, prompt: "Passphrase for the new key: ", confirm: true)
                let file = try PrivateKeyFile.seal(key, name: name, passphrase: passphrase)
                let registered = try records.registerKey(publicKey: key.publicKey.rawRepresentation, ownerName: name, role: role, endorsedBy: endorsing, at: Date())
                try file.write(path: path)
                print("Key \(registered.shortFingerprint) registered for \(name) (\(role.rawValue)), endorsed by \(SigningKey.short(endorser.fingerprint)).")
                print("Private key: \(path) (0600, sealed under your passphrase; keep it safe)")
            } catch let error as ValidationFailure {
                InputError.message(error.description).exit()
            } catch let error as KeyError {
                InputError.message(error.description).exit()
            } catch let error as RecordError {
                InputError.message(error.description).exit()
            }
        }

        static func slug(_ name: String) -> String {
            let kept = name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
            return String(kept).split(separator: "-").joined(separator: "-")
        }
    }

    /// `safedrill keys list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List registered signing keys.")

        @OptionGroup var store: StoreOptions

        @Flag(help: "Print as JSON.")
        var json = false

        func run() throws {
            let records = try store.open()
            let keys = try records.keys()
            let standings = try records.keyStandings()
            func standing(_ key: SigningKey) -> String { standings[key.fingerprint]?.description ?? KeyStanding.unendorsed.description }
            if json {
                let rows = keys.map {
                    [
                        "fingerprint": $0.key.fingerprint, "owner": $0.owner?.name ?? "(erased)", "role": $0.owner?.role.rawValue ?? "",
                        "registered": $0.key.createdAt.ISO8601Format(), "standing": standing($0.key),
                    ]
                }
                let data = try JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys])
                print(String(decoding: data, as: UTF8.self))
                return
            }
            if let registration = try records.registrationKey() {
                print("\(registration.shortFingerprint)  registration key  made \(registration.createdAt.ISO8601Format())")
            }
            guard !keys.isEmpty else { print("No signing keys registered. 'safedrill keys new --name NAME --endorse-with FILE' makes one."); return }
            for (key, owner) in keys {
                print("\(key.shortFingerprint)  \(owner?.name ?? "(erased)")  \(owner?.role.rawValue ?? "-")  registered \(key.createdAt.ISO8601Format())  \(standing(key))")
            }
        }
    }
}

extension Person.Role: ExpressibleByArgument {}
