import ArgumentParser
import Training

extension SafeDrill {
    struct Resume: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "resume",
            abstract: "Carry on an unfinished attempt from where it stopped.",
            discussion: "With no attempt named, resumes the most recent unfinished one (of the trainee named with --as, if given).")

        @Argument(help: "An attempt id or any prefix of it that only one attempt starts with.")
        var attempt: String?

        @Option(name: .customLong("as"), help: ArgumentHelp("Only this trainee's attempts.", valueName: "name"))
        var trainee: String?

        @OptionGroup var options: TrainerOptions

        func run() throws {
            do {
                let trainer = try options.makeTrainer()
                let outcome = try trainer.resume(attempt, trainee: try trainee.map { try trainer.resolver().existing($0).name })
                if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
            } catch let error as InputError {
                error.exit()
            } catch let error as ValidationFailure {
                InputError.message(error.description).exit()
            } catch let error as TrainingFailure {
                InputError.message(error.description).exit()
            }
        }
    }
}
