import Assessment
import ArgumentParser
import Foundation
import ScenarioKit
import ThresholdEngine

extension SafeDrill {
    /// `safedrill list`: the scenario catalogue.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list",
            abstract: "List the scenarios: setting, audience, stages, decisions, endings and minutes.",
            discussion: """
                Minutes are the author's estimate, or 1.5 minutes per decision on the longest route. \
                --json prints [{"id","title","setting","audience","stages":[...],"decision_nodes":N,\
                "endings":N,"minutes":N}]; --format markdown prints a table for a supervisors' index. \
                Scenarios with errors are left out (run 'safedrill validate').
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table, markdown
        }

        @Flag(help: "Print JSON for tools.")
        var json = false

        @Option(help: "table (for the terminal) or markdown (for a supervisors' index).")
        var format: Format = .table

        @OptionGroup var resources: ResourceOptions

        func run() throws {
            do { try perform() } catch let error as InputError { error.exit() }
        }

        /// The competencies and best-path escalations of each scenario, from the full training library.
        private func profiles() throws -> [String: ScenarioProfile] {
            do {
                let library = try TrainingLibrary.load(scenariosFolder: resources.scenariosFolder, policyPath: resources.policyFile)
                return Dictionary(uniqueKeysWithValues: library.scenarios.map { ($0.id, ScenarioProfile($0, scorer: library.scorer)) })
            } catch {
                throw InputError.diagnostics(error.diagnostics)
            }
        }

        private func perform() throws {
            let library = ScenarioLibrary.load(folder: resources.scenariosFolder, context: try ScenarioSources.context(resources))
            let summaries = library.scenarios.map(ScenarioSummary.init).sorted { $0.id < $1.id }
            if json {
                print(ScenarioCatalogue.json(summaries))
            } else {
                print(format == .markdown ? ScenarioCatalogue.markdown(summaries, profiles: try profiles()) : ScenarioCatalogue.table(summaries))
            }
            let broken = Set(library.diagnostics.errors.map(\.location.file)).count
            if broken > 0 {
                printToStandardError("note: \(broken) scenario file\(broken == 1 ? " has" : "s have") errors and \(broken == 1 ? "is" : "are") not listed; run 'safedrill validate'\n")
            }
        }
    }
}
