import ArgumentParser
import Assessment
import Foundation
import ScenarioKit

extension SafeDrill {
    struct Analyse: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "analyse",
            abstract: "What every path through a scenario can score, and its best path.",
            discussion: """
                Computed over the scenario's graph by dynamic programming, never by listing paths: the \
                lowest and highest score per stage and overall, whether 'Competent' is reachable, the \
                number of distinct paths, the endings reached, and the best path as the exact lines a \
                trainee types. A goto back to an earlier node (a loop) is followed once, as the scorer \
                marks each node's first answer.
                """)

        @Argument(help: "The scenario id.")
        var scenario: String

        @Flag(help: "Print JSON for tools.")
        var json = false

        @OptionGroup var resources: ResourceOptions

        func run() throws {
            let library: TrainingLibrary
            do {
                library = try TrainingLibrary.load(scenariosFolder: resources.scenariosFolder, policyPath: resources.policyFile)
            } catch {
                InputError.diagnostics(error.diagnostics).exit()
            }
            guard let scenario = library.scenario(scenario) else {
                InputError.message("no scenario '\(self.scenario)'; 'safedrill list' shows them").exit()
            }
            let analysis = ScoreAnalysis.analyse(scenario, scorer: library.scorer)
            let report = AnalysisReport(analysis, models: AnalysisReport.ModelAnswer.all(in: scenario, rubrics: library.rubrics))
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(report), as: UTF8.self))
            } else {
                print(report.text)
            }
            if !analysis.problems.isEmpty || !analysis.competentReachable { throw ExitCode(1) }
        }
    }
}

/// The analysis as printed: JSON keys in snake case, per DESIGN.md.
struct AnalysisReport: Encodable {
    struct StageRange: Encodable {
        var stage: String
        var min: Double?
        var max: Double?
    }

    struct Ending: Encodable {
        var id: String
        var kind: String
    }

    /// A record node's model answer and its mark on the node's rubric.
    struct ModelAnswer: Encodable {
        var node: String
        var rubric: String
        var percent: Double
        var missing: [String]
        var weakening: [String]

        /// Every record node of `scenario`, in file order.
        static func all(in scenario: Scenario, rubrics: RecordingRubrics) -> [ModelAnswer] {
            scenario.nodes.compactMap { node in
                guard case .record(let task, _) = node.kind, let mark = rubrics.modelMark(rubric: task.rubric, model: task.model) else { return nil }
                return ModelAnswer(node: node.id, rubric: task.rubric, percent: AnalysisReport.round(mark.percent), missing: mark.missing, weakening: mark.weakening)
            }
        }
    }

    var scenario: String
    var models: [ModelAnswer]
    var stages: [StageRange]
    var overall: ScoreAnalysis.Range
    var competentReachable: Bool
    var bestResult: String
    var bestPercent: Double
    var paths: String
    var loops: Int
    var endings: [Ending]
    var problems: [String]
    var notes: [String]
    var bestPath: [BestStep]
    var worstResult: String
    var worstPercent: Double
    var worstPath: [BestStep]

    enum CodingKeys: String, CodingKey {
        case scenario, stages, overall, loops, endings, problems, notes, paths, models
        case competentReachable = "competent_reachable"
        case bestResult = "best_result"
        case bestPercent = "best_percent"
        case bestPath = "best_path"
        case worstResult = "worst_result"
        case worstPercent = "worst_percent"
        case worstPath = "worst_path"
    }

    init(_ analysis: ScoreAnalysis, models: [ModelAnswer]) {
        scenario = analysis.scenarioID
        self.models = models
        stages = analysis.stages.map { StageRange(stage: $0.stage.rawValue, min: $0.range.min.map(Self.round), max: $0.range.max.map(Self.round)) }
        overall = ScoreAnalysis.Range(min: analysis.overall.min.map(Self.round), max: analysis.overall.max.map(Self.round))
        competentReachable = analysis.competentReachable
        bestResult = analysis.bestResult.outcomeLabel
        bestPercent = Self.round(analysis.bestResult.percent)
        paths = analysis.pathCount.description
        loops = analysis.loops
        endings = analysis.reachableEndings.map { Ending(id: $0.id, kind: $0.kind.rawValue) }
        problems = analysis.problems + (analysis.competentReachable ? [] : analysis.bestResult.reasons.map { "best path: " + $0 })
        notes = analysis.unescalatedEndings
        bestPath = analysis.bestPath
        worstResult = analysis.worstResult.outcomeLabel
        worstPercent = Self.round(analysis.worstResult.percent)
        worstPath = analysis.worstPath
    }

    static func round(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    var text: String {
        func percent(_ value: Double?) -> String { value.map { "\(Int($0.rounded()))%" } ?? "—" }
        var lines = ["Score analysis of \(scenario)", "", "stage        min    max"]
        for stage in stages {
            lines.append(stage.stage.padding(toLength: 11, withPad: " ", startingAt: 0) + percent(stage.min).leftPadded(to: 6) + percent(stage.max).leftPadded(to: 7))
        }
        lines.append("overall    " + percent(overall.min).leftPadded(to: 6) + percent(overall.max).leftPadded(to: 7))
        lines.append("")
        lines.append("Competent reachable: \(competentReachable ? "yes" : "no") (best path: \(bestResult), \(Int(bestPercent.rounded()))%)")
        lines.append("Poorest path: \(worstResult), \(Int(worstPercent.rounded()))%")
        lines.append("Distinct paths: \(paths)\(loops > 0 ? " (\(loops) loop\(loops == 1 ? "" : "s") followed once)" : "")")
        lines.append("Endings reachable: " + endings.map { "\($0.id) (\($0.kind))" }.joined(separator: ", "))
        lines.append(problems.isEmpty ? "No path can be judged competent through a critical error or a skipped escalation." : "Problems:")
        lines.append(contentsOf: problems.map { "  - " + $0 })
        lines.append(contentsOf: notes.map { "Note: " + $0 })
        if !models.isEmpty {
            lines.append("")
            lines.append("Model answers (mark on their own rubric):")
            for model in models {
                let gaps = model.missing.map { "misses " + $0 } + model.weakening.map { "weakened by " + $0 }
                lines.append("  \(model.node) (\(model.rubric)): \(Int(model.percent.rounded(.down)))%" + (gaps.isEmpty ? "" : "; " + gaps.joined(separator: "; ")))
            }
        }
        lines.append("")
        lines.append("Best path (what to type):")
        for step in bestPath {
            let shown = step.input.replacingOccurrences(of: "\n", with: "⏎")
            lines.append("  \(step.node): \(shown.count > 60 ? String(shown.prefix(57)) + "..." : shown)")
        }
        return lines.joined(separator: "\n")
    }
}
