import ArgumentParser
import Foundation
import Training

extension SafeDrill {
    struct Play: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "play",
            abstract: "Play a scenario: practice, assessment or supervision.",
            discussion: """
                Answers are saved the moment they are given. With piped input the same text is printed \
                without prompts, ending with 'Result: Competent (NN%)' or 'Result: Not yet competent (NN%)'. \
                Exit 0 when the attempt finished, 3 when input ran out first (resume it later). \
                --as finds a registered person by name in any case or spacing, staff number or unique \
                prefix; someone new is registered when you say yes (on a terminal) or with --new-person. \
                A --supervisor must be registered as supervisor, assessor or lead ('safedrill people add').
                """)

        @Argument(help: "The scenario id ('safedrill list' shows them).")
        var scenario: String

        @Option(name: .customLong("as"), help: ArgumentHelp("The trainee's name.", valueName: "name"))
        var trainee: String

        @Flag(help: "Register the trainee as a new person if no one has that name (without asking).")
        var newPerson = false

        @Option(help: "practice, assessment or supervision.")
        var mode: PlayMode = .practice

        @Option(help: ArgumentHelp("The supervisor's name (supervision mode).", valueName: "name"))
        var supervisor: String?

        @OptionGroup var options: TrainerOptions

        func run() throws {
            do {
                let trainer = try options.makeTrainer(only: scenario)
                let name = try trainer.resolver(newPerson: newPerson).trainee(trainee)
                let outcome = try trainer.play(scenario, trainee: name, mode: mode, supervisor: supervisor)
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
