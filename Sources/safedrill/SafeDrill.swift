import ArgumentParser
import Foundation

/// The `safedrill` command: with no subcommand it opens the trainer's REPL.
@main
struct SafeDrill: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "safedrill",
        abstract: "Rehearse and prove the response to technology-enabled harm in adult social care.",
        discussion: """
            With no subcommand, opens the interactive trainer. Scenarios are read from Scenarios/ and the \
            threshold policy and rubrics from Scoring/ (see --help of each command for other locations).
            """,
        version: "0.1.0",
        subcommands: [
            Home.self,
            Play.self,
            Resume.self,
            History.self,
            Analyse.self,
            Validate.self,
            List.self,
            Graph.self,
            Assess.self,
            DecisionsCommand.self,
            PolicyCommand.self,
            Keys.self,
            SignOffCommand.self,
            PeopleCommand.self,
            Credential.self,
            RecordsCommand.self,
            Export.self,
            Report.self,
            Sync.self,
            Serve.self,
            Tokens.self,
        ],
        defaultSubcommand: Home.self
    )

    /// Runs the command line, mapping ArgumentParser's usage errors (64) to SafeDrill's exit code 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            guard code != .success else { exit(withError: error) }
            let message = fullMessage(for: error)
            if !message.isEmpty { printToStandardError(message + "\n") }
            Foundation.exit(code.rawValue == 64 ? 2 : code.rawValue)
        }
    }
}
