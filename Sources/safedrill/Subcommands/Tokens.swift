import ArgumentParser
import Foundation
import Records

extension SafeDrill {
    /// `safedrill tokens new|list|revoke`: the API tokens `serve` accepts for recording decisions.
    struct Tokens: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "tokens",
            abstract: "Make, list and revoke API tokens for 'safedrill serve'.",
            discussion: "Tokens are kept only as SHA-256 hashes: a new token is printed once and cannot be shown again.",
            subcommands: [New.self, ListTokens.self, Revoke.self])

        struct New: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "new", abstract: "Make a token and print it once.")

            @Option(name: .customLong("as"), help: ArgumentHelp("Whose token: decisions recorded with it are theirs.", valueName: "name"))
            var owner: String

            @OptionGroup var store: StoreOptions

            func run() throws {
                let token = try store.open().issueToken(for: owner, at: Date())
                print(token.secret)
                FileHandle.standardError.write(Data("Token \(token.id) for \(token.owner). Keep it secret: it is not shown again.\n".utf8))
            }
        }

        struct ListTokens: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: "List tokens (ids and owners, never the tokens).")

            @Flag(help: "Print the list as JSON.")
            var json = false

            @OptionGroup var store: StoreOptions

            func run() throws {
                let tokens = try store.open().tokens()
                if json {
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                    encoder.dateEncodingStrategy = .iso8601
                    print(String(decoding: try encoder.encode(tokens), as: UTF8.self))
                    return
                }
                if tokens.isEmpty { print("No API tokens: 'safedrill tokens new --as NAME' makes one.") }
                for token in tokens {
                    let state = token.revokedAt.map { "revoked \($0.formatted(.iso8601))" } ?? "valid"
                    print("\(token.id)  \(token.owner)  made \(token.createdAt.formatted(.iso8601))  \(state)")
                }
            }
        }

        struct Revoke: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Revoke a token by its id.")

            @Argument(help: ArgumentHelp("The token's id, from 'tokens list'.", valueName: "id"))
            var id: String

            @OptionGroup var store: StoreOptions

            func run() throws {
                do {
                    try store.open().revokeToken(id: id, at: Date())
                } catch let error as RecordError {
                    InputError.message(error.description).exit()
                }
                print("Revoked token \(id).")
            }
        }
    }
}
