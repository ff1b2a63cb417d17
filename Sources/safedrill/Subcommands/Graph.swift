import ArgumentParser
import Foundation
import ScenarioKit
import ThresholdEngine

extension SafeDrill {
    /// `safedrill graph ID`: the scenario as a drawing, to check its shape by eye.
    struct Graph: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "graph",
            abstract: "Draw a scenario as a Graphviz DOT or Mermaid graph.",
            discussion: """
                Stages are clusters (DOT) or colours (Mermaid); endings are shaped by outcome: good a \
                green double circle, mixed an amber octagon (a hexagon in Mermaid), poor a red box. \
                Arrows carry the choice number; never-events are red and bold with the choice id. \
                A scenario with errors is still drawn (its errors go to standard error), and a goto to \
                a missing node points at a dashed box. Render with e.g. \
                'safedrill graph scam-link | dot -Tsvg > scam-link.svg'.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case dot, mermaid
        }

        @Argument(help: "The scenario id (its file name without .yaml).")
        var scenario: String

        @Option(help: "dot (Graphviz) or mermaid.")
        var format: Format = .dot

        @OptionGroup var resources: ResourceOptions

        func run() throws {
            do { try perform() } catch let error as InputError { error.exit() }
        }

        private func perform() throws {
            let folder = resources.scenariosFolder
            let path = (folder as NSString).appendingPathComponent(scenario + ".yaml")
            guard FileManager.default.fileExists(atPath: path) else {
                let known = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
                    .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
                throw InputError.message("no scenario '\(scenario)' in \(ResourceOptions.display(folder)); \(Suggestion.hint(for: scenario, in: known, noun: "the id"))")
            }
            let loaded = ScenarioValidator(try ScenarioSources.context(resources)).check(contentsOf: path)
            guard let drawn = loaded.scenario else { throw InputError.diagnostics(ScenarioSources.displayed(loaded.diagnostics)) }
            if loaded.diagnostics.hasErrors {
                let errors = ScenarioSources.displayed(DiagnosticList(loaded.diagnostics.errors))
                printToStandardError(errors.sorted.map(\.description).joined(separator: "\n") + "\n")
            }
            print(format == .dot ? ScenarioDot.render(drawn) : ScenarioMermaid.render(drawn))
        }
    }
}
