import ArgumentParser
import Foundation
import Records
import Training

extension SafeDrill {
    /// The REPL: `safedrill` with no subcommand.
    struct Home: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "home",
            abstract: "Open the interactive trainer (the default).",
            shouldDisplay: false)

        @Option(name: .customLong("as"), help: ArgumentHelp("The trainee's name.", valueName: "name"))
        var trainee: String?

        @OptionGroup var options: TrainerOptions

        func run() throws {
            do {
                let trainer = try options.makeTrainer(history: true)
                let status = HomeCommand.loop(trainer: trainer, trainee: trainee)
                if status != 0 { throw ExitCode(status) }
            } catch let error as InputError {
                error.exit()
            }
        }
    }
}

/// The commands of the REPL's home prompt.
enum HomeCommand {
    static let words = ["list", "play", "resume", "history", "help", "quit"]

    static let help = """
        Commands:
          list                      the scenarios, with their setting and length
          play ID [MODE]            play a scenario; MODE is practice (default), assessment or supervision
          resume [ATTEMPT]          carry on your last unfinished attempt, or the one named
          history                   your attempts and results
          help                      this list
          quit                      leave (Ctrl-D works too)
        Tab completes commands and scenario ids; the up arrow recalls earlier commands.
        """

    /// Who is training: `--as`, else the name typed at the prompt, found as every command finds
    /// people (any case, a unique prefix); someone new is registered only once they say yes.
    /// Nil when input ends first.
    static func login(trainer: Trainer, given: String?) throws -> String? {
        // The REPL is a conversation even when its input is piped, so it always asks.
        let resolver = PersonResolver(store: trainer.store, asker: trainer.reader, mayRegister: false)
        var typed = given
        while true {
            if typed == nil {
                switch trainer.reader.read(prompt: "Your name: ") {
                case .line(let name) where !name.trimmingCharacters(in: .whitespaces).isEmpty: typed = name
                case .line: continue
                default: return nil
                }
            }
            guard let name = typed else { continue }
            do {
                return try resolver.trainee(name)
            } catch let refusal as ValidationFailure {
                print(refusal.description)
                typed = nil
            }
        }
    }

    /// Runs commands until `quit` or the end of input. No command's failure ends it: the error is
    /// printed and the prompt comes back.
    /// - Returns: the exit status: 3 when input ran out in the middle of an attempt (it is saved and
    ///   resumable), 1 when the store could not be read at login, else 0.
    static func loop(trainer: Trainer, trainee given: String?) -> Int32 {
        let style = trainer.style
        print(style.bold("SafeDrill") + " — \(trainer.library.scenarios.count) scenarios. Type 'help' for commands.")
        let trainee: String
        do {
            guard let name = try login(trainer: trainer, given: given) else { return 0 }
            trainee = name
            if let welcome = try trainer.welcomeBack(name) { print(welcome) }
        } catch {
            print(String(describing: error))
            return 1
        }
        // How the last attempt played here was left: input that ran out in it makes the exit status 3.
        var lastOutcome: PlayLoop.Outcome?
        while true {
            let line: String
            switch trainer.reader.read(prompt: "safedrill> ", remember: true) {
            case .line(let text): line = text
            case .end: return lastOutcome == .inputEnded ? PlayLoop.Outcome.inputEnded.exitCode : 0
            case .terminated: return 0
            case .interrupted:
                guard case .line(let answer) = trainer.reader.read(prompt: "Leave SafeDrill? [y/N] "), !answer.lowercased().hasPrefix("y") else { return 0 }
                continue
            }
            let words = line.split(separator: " ").map(String.init)
            guard let command = words.first?.lowercased() else { continue }
            do {
                switch command {
                case "list":
                    for scenario in trainer.library.scenarios {
                        print(style.wrap("\(style.bold(scenario.id))  \(scenario.title) — \(scenario.setting)", hanging: 4))
                    }
                case "play":
                    guard words.count >= 2 else {
                        print("Which scenario? e.g. 'play \(trainer.library.scenarios.first?.id ?? "scam-link")'")
                        continue
                    }
                    guard let mode = PlayMode(rawValue: words.count > 2 ? words[2].lowercased() : "practice") else {
                        print("The mode is practice, assessment or supervision.")
                        continue
                    }
                    var supervisor: String?
                    if mode == .supervision {
                        guard case .line(let name) = trainer.reader.read(prompt: "Supervisor's name: "), !name.isEmpty else { continue }
                        supervisor = name
                    }
                    lastOutcome = try trainer.play(words[1], trainee: trainee, mode: mode, supervisor: supervisor)
                    if case .terminated = lastOutcome { return 0 }
                case "resume":
                    lastOutcome = try trainer.resume(words.count > 1 ? words[1] : nil, trainee: trainee)
                    if case .terminated = lastOutcome { return 0 }
                case "history":
                    print(try trainer.history(trainee: trainee))
                case "help", "?":
                    print(help)
                case "quit", "exit":
                    return 0
                default:
                    print("'\(command)' is not a command here; type 'help' for the list.")
                }
            } catch {
                // A ValidationFailure, a RecordError, a DiagnosticError or a database error: each says what went wrong.
                print(String(describing: error))
                fflush(nil)
            }
        }
    }
}
