import ArgumentParser

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
            Overview.self,
        ],
        defaultSubcommand: Overview.self
    )
}
