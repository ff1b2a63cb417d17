import ArgumentParser

extension SafeDrill {
    /// Prints what each command is for; the REPL replaces this as the default once it exists.
    struct Overview: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "overview", abstract: "Show what SafeDrill's commands are for.")

        func run() {
            print(SafeDrill.helpMessage())
        }
    }
}
