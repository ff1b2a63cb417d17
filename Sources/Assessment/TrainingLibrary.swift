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
        let context = validationContext(policy: policy, rubrics: rubrics)
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

    /// What scenarios are checked against: the policy's facts and decisions, and the rubrics when they loaded.
    private static func validationContext(policy: Policy, rubrics: RecordingRubrics?) -> ValidationContext {
        ValidationContext(schema: policy.schema, rubrics: rubrics.map { Set($0.rubrics.keys) }) { facts in
            policy.decide(facts, at: Date(timeIntervalSince1970: 0)).escalations.filter { $0.status != .notRequired }.map(\.id)
        }
    }

    public func scenario(_ id: String) -> Scenario? { scenarios.first { $0.id == id } }

    /// `scenario` as its file is now, with the bytes read: `scenario` itself while the file is
    /// unchanged, else the file loaded and checked again from those same bytes, so a new attempt
    /// plays the current file and its hash is the hash of the bytes kept with it.
    /// - Throws: an `SD001` error when the file cannot be read, or the edited file's errors.
    public func current(_ scenario: Scenario) throws(DiagnosticError) -> (scenario: Scenario, bytes: Data) {
        guard let bytes = FileManager.default.contents(atPath: scenario.path) else {
            throw DiagnosticError(Diagnostic(.error, "SD001", "cannot read the file", hint: "check that the path exists and is readable",
                                             at: SourceLocation(file: scenario.path, line: 1, column: 1)))
        }
        if ContentHash.sha256(bytes) == scenario.sha256 { return (scenario, bytes) }
        let validator = ScenarioValidator(Self.validationContext(policy: policy, rubrics: rubrics))
        let loaded = validator.check(ScenarioLoader(schema: policy.schema).load(data: bytes, path: scenario.path))
        guard let edited = loaded.scenario, !loaded.diagnostics.hasErrors else { throw DiagnosticError(loaded.diagnostics) }
        return (edited, bytes)
    }

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
