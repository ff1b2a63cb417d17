import ArgumentParser
import Foundation
import Records

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
                try HomeCommand.loop(trainer: trainer, trainee: trainee)
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

    static func loop(trainer: Trainer, trainee given: String?) throws {
        let style = trainer.style
        print(style.bold("SafeDrill") + " — \(trainer.library.scenarios.count) scenarios. Type 'help' for commands.")
        guard let trainee = try login(trainer: trainer, given: given) else { return }
        if let welcome = try trainer.welcomeBack(trainee) { print(welcome) }
        while true {
            let line: String
            switch trainer.reader.read(prompt: "safedrill> ", remember: true) {
            case .line(let text): line = text
            case .end, .terminated: return
            case .interrupted:
                guard case .line(let answer) = trainer.reader.read(prompt: "Leave SafeDrill? [y/N] "), !answer.lowercased().hasPrefix("y") else { return }
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
                    if case .terminated = try trainer.play(words[1], trainee: trainee, mode: mode, supervisor: supervisor) { return }
                case "resume":
                    if case .terminated = try trainer.resume(words.count > 1 ? words[1] : nil, trainee: trainee) { return }
                case "history":
                    print(try trainer.history(trainee: trainee))
                case "help", "?":
                    print(help)
                case "quit", "exit":
                    return
                default:
                    print("'\(command)' is not a command here; type 'help' for the list.")
                }
            } catch let failure as ValidationFailure {
                print(failure.description)
            } catch let refusal as PeopleError {
                print(refusal.description)
            }
        }
    }
}
