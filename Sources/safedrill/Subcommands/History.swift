import ArgumentParser

extension SafeDrill {
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "history", abstract: "List attempts, newest first.")

        @Option(name: .customLong("as"), help: ArgumentHelp("Only this trainee's attempts.", valueName: "name"))
        var trainee: String?

        @OptionGroup var options: TrainerOptions

        func run() throws {
            do {
                let trainer = try options.makeTrainer()
                print(try trainer.history(trainee: try trainee.map { try trainer.resolver().existing($0).name }))
            } catch let error as InputError {
                error.exit()
            } catch let error as ValidationFailure {
                InputError.message(error.description).exit()
            }
        }
    }
}
