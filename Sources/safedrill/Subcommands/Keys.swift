import ArgumentParser
import Crypto
import Foundation
import Records

extension SafeDrill {
    /// `safedrill keys`: supervisors' signing keys.
    struct Keys: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make and list supervisors' signing keys.",
            subcommands: [New.self, List.self])
    }
}

extension SafeDrill.Keys {
    /// `safedrill keys new`: a new Ed25519 key pair, private half sealed under a passphrase.
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a signing key and register its public half.",
            discussion: """
                The private key is sealed under a passphrase (scrypt, then AES-GCM) in a 0600 file; it is \
                never printed. Scripts give the passphrase with --passphrase-file FILE.
                """)

        @Option(help: ArgumentHelp("The key holder's name.", valueName: "name"))
        var name: String

        @Option(help: "supervisor, assessor, lead or manager.")
        var role: Person.Role = .supervisor

        @Option(help: ArgumentHelp("Where to write the private key (default: keys/ beside the records).", valueName: "file"))
        var out: String?

        @Option(name: .long, help: ArgumentHelp("Read the passphrase from the first line of this file.", valueName: "file"))
        var passphraseFile: String?

        @OptionGroup var store: StoreOptions

        func run() throws {
            do {
                let records = try store.open()
                let key = Curve25519.Signing.PrivateKey()
                let fingerprint = KeyFingerprint.of(key.publicKey.rawRepresentation)
                let path = out ?? URL(fileURLWithPath: store.path).deletingLastPathComponent()
                    .appendingPathComponent("keys").appendingPathComponent("\(Self.slug(name))-\(fingerprint.prefix(8)).key").path
                guard !FileManager.default.fileExists(atPath: path) else { throw KeyError.alreadyExists(path) }
                let passphrase = try Passphrase.obtain(file: passphraseFile, prompt: "Passphrase for the new key: ", confirm: true)
                let file = try PrivateKeyFile.seal(key, name: name, passphrase: passphrase)
                let registered = try records.registerKey(publicKey: key.publicKey.rawRepresentation, ownerName: name, role: role, at: Date())
                try file.write(path: path)
                print("Key \(registered.shortFingerprint) registered for \(name) (\(role.rawValue)).")
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
        static let configuration = CommandConfiguration(abstract: "List registered signing keys.")

        @OptionGroup var store: StoreOptions

        @Flag(help: "Print as JSON.")
        var json = false

        func run() throws {
            let keys = try store.open().keys()
            if json {
                let rows = keys.map { ["fingerprint": $0.key.fingerprint, "owner": $0.owner?.name ?? "(erased)", "role": $0.owner?.role.rawValue ?? "", "registered": $0.key.createdAt.ISO8601Format()] }
                let data = try JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys])
                print(String(decoding: data, as: UTF8.self))
                return
            }
            guard !keys.isEmpty else { print("No keys registered. 'safedrill keys new --name NAME' makes one."); return }
            for (key, owner) in keys {
                print("\(key.shortFingerprint)  \(owner?.name ?? "(erased)")  \(owner?.role.rawValue ?? "-")  registered \(key.createdAt.ISO8601Format())")
            }
        }
    }
}

extension Person.Role: ExpressibleByArgument {}
