import ArgumentParser
import Foundation
import ScenarioKit
import ThresholdEngine

extension SafeDrill {
    /// `safedrill validate`: checks scenarios and scoring files before anyone plays them.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "validate",
            abstract: "Check scenarios, the threshold policy and the scoring files; exit 1 on any error.",
            discussion: """
                Each problem is printed as path:line:col: error[SDxxx]: message, with a hint; the codes \
                are explained in docs/diagnostics.md. A folder means every .yaml file in it; each file is \
                recognised by its 'format' line. Scenarios are checked against the policy given by \
                --policy (default Scoring/thresholds.yaml) and the rubrics in recording.yaml beside it.
                """)

        @Argument(help: ArgumentHelp("Files or folders to check (default: Scenarios/ and Scoring/).", valueName: "path"))
        var paths: [String] = []

        @Flag(help: "Print JSON for tools: {\"files\":N,\"errors\":[...],\"warnings\":[...]}.")
        var json = false

        @OptionGroup var resources: ResourceOptions

        func run() throws {
            do { try perform() } catch let error as InputError { error.exit() }
        }

        private func perform() throws {
            let files = try ScenarioValidationRun.files(in: paths.isEmpty ? [resources.scenariosFolder, resources.scoringFolder] : paths)
            let outcome = ScenarioValidationRun(resources: resources).check(files)
            let report = ScenarioValidationReport(files: outcome.checked, diagnostics: ScenarioSources.displayed(outcome.diagnostics))
            print(json ? report.json : report.text(style: Style.detect(plain: false)))
            for note in outcome.notes { printToStandardError("note: " + note + "\n") }
            if outcome.diagnostics.hasErrors { throw ExitCode(1) }
        }
    }
}
