import ArgumentParser
import Assessment
import Foundation
import Records
import ThresholdEngine

/// The options every trainer command shares: where scenarios, policy and records are, and how output looks.
struct TrainerOptions: ParsableArguments {
    @OptionGroup var resources: ResourceOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var display: DisplayOptions

    /// Loads the library and opens the records; a broken file is reported with its position (exit 2).
    /// - Parameter only: the one scenario a command will play, when it knows it.
    func makeTrainer(history: Bool = false, only scenario: String? = nil) throws -> Trainer {
        let library: TrainingLibrary
        do {
            library = try TrainingLibrary.load(scenariosFolder: resources.scenariosFolder, policyPath: resources.policyFile, only: scenario)
        } catch {
            throw InputError.diagnostics(error.diagnostics)
        }
        let historyFile = history ? (URL(fileURLWithPath: store.path).deletingLastPathComponent().appendingPathComponent("history").path) : nil
        let scenarioIDs = library.scenarios.map(\.id)
        let reader = LineReader(historyFile: historyFile) { before in
            let words = before.split(separator: " ")
            if words.isEmpty { return HomeCommand.words }
            return ["play", "graph"].contains(words[0]) && words.count == 1 ? scenarioIDs : []
        }
        return Trainer(library: library, store: try store.open(), reader: reader, style: display.style)
    }
}

/// Input that cannot be used: printed to standard error, exit 2.
enum InputError: Error, CustomStringConvertible {
    case diagnostics(DiagnosticList)
    case message(String)

    var description: String {
        switch self {
        case .diagnostics(let list): list.sorted.map(\.description).joined(separator: "\n")
        case .message(let text): "error: " + text
        }
    }

    /// Prints and exits 2.
    func exit() -> Never {
        printToStandardError(description + "\n")
        Foundation.exit(2)
    }
}

extension PlayLoop.Outcome {
    /// 0 finished or left on purpose, 3 input ran out before the end (resumable), 128+N for a signal.
    var exitCode: Int32 {
        switch self {
        case .finished, .left: 0
        case .inputEnded: 3
        case .terminated(let signal): 128 + signal
        }
    }
}
