import Foundation
import ScenarioKit
import ThresholdEngine

/// Everything a training session needs, loaded and checked together: the threshold policy, the
/// workflow marking scheme, the recording rubrics and the scenario library.
public struct TrainingLibrary: Sendable {
    public let policy: Policy
    public let workflow: Workflow
    public let rubrics: RecordingRubrics
    /// In id order.
    public let scenarios: [Scenario]
    /// Warnings found while loading; errors stop the load.
    public let warnings: DiagnosticList

    public var scorer: Scorer { Scorer(policy: policy, workflow: workflow, rubrics: rubrics) }

    /// One hash for the marking scheme an attempt was scored with (workflow and rubrics).
    public var rubricsSHA256: String { ContentHash.sha256(workflow.sha256 + rubrics.sha256) }

    /// Loads the policy at `policyPath`, `workflow.yaml` and `recording.yaml` beside it, and every
    /// scenario in `scenariosFolder` — or only `<only>.yaml` when it exists, so starting one
    /// scenario does not parse the whole library.
    /// - Throws: every error found, with its position, when any file is broken.
    public static func load(scenariosFolder: String, policyPath: String, only: String? = nil) throws(DiagnosticError) -> TrainingLibrary {
        let policy = try Policy.load(path: policyPath)
        let scoring = (policyPath as NSString).deletingLastPathComponent
        var diagnostics = DiagnosticList()
        var workflow: Workflow?
        var rubrics: RecordingRubrics?
        do { workflow = try Workflow.load(path: scoring + "/workflow.yaml", escalations: policy.escalations.map(\.id)) } catch {
            diagnostics.append(contentsOf: error.diagnostics)
        }
        do { rubrics = try RecordingRubrics.load(path: scoring + "/recording.yaml") } catch {
            diagnostics.append(contentsOf: error.diagnostics)
        }
        let context = ValidationContext(schema: policy.schema, rubrics: rubrics.map { Set($0.rubrics.keys) }) { facts in
            policy.decide(facts, at: Date(timeIntervalSince1970: 0)).escalations.filter { $0.status != .notRequired }.map(\.id)
        }
        let single = only.map { (scenariosFolder as NSString).appendingPathComponent("\($0).yaml") }
        let library = if let single, FileManager.default.fileExists(atPath: single) {
            ScenarioLibrary.load(files: [single], context: context)
        } else {
            ScenarioLibrary.load(folder: scenariosFolder, context: context)
        }
        diagnostics.append(contentsOf: library.diagnostics)
        guard let workflow, let rubrics, !diagnostics.hasErrors else { throw DiagnosticError(diagnostics) }
        return TrainingLibrary(
            policy: policy, workflow: workflow, rubrics: rubrics,
            scenarios: library.scenarios.sorted { $0.id < $1.id }, warnings: DiagnosticList(diagnostics.warnings))
    }

    public func scenario(_ id: String) -> Scenario? { scenarios.first { $0.id == id } }

    /// A scenario from the exact bytes an attempt was played on (kept in the records by hash).
    public func storedScenario(_ bytes: Data, id: String) throws(DiagnosticError) -> Scenario {
        let loaded = ScenarioLoader(schema: policy.schema).load(data: bytes, path: "\(id).yaml")
        guard let scenario = loaded.scenario, !loaded.diagnostics.hasErrors else { throw DiagnosticError(loaded.diagnostics) }
        return scenario
    }

    /// The best path through `scenario`, as the score analysis finds it.
    public func bestPath(for scenario: Scenario) -> [BestStep] {
        ScoreAnalysis.analyse(scenario, scorer: scorer).bestPath
    }
}
