import ArgumentParser

extension SafeDrill {
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List attempts, newest first.")

        @Option(name: .customLong("as"), help: ArgumentHelp("Only this trainee's attempts.", valueName: "name"))
        var trainee: String?

        @OptionGroup var options: TrainerOptions

        func run() throws {
            do {
                print(try options.makeTrainer().history(trainee: trainee))
            } catch let error as InputError {
                error.exit()
            }
        }
    }
}
