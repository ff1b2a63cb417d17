import Assessment
import Foundation
import ScenarioKit
import ThresholdEngine

/// Reading scenarios for the authoring commands (`list`, `graph`): the policy gives the fact schema,
/// `recording.yaml` beside it the rubric ids (when it reads cleanly).
enum ScenarioSources {
    /// The policy at `path`; a broken policy is an input error (exit 2), since no scenario can be
    /// checked without its facts.
    static func policy(at path: String) throws -> Policy {
        do {
            return try Policy.load(path: path)
        } catch {
            throw InputError.diagnostics(displayed(error.diagnostics))
        }
    }

    /// The rubrics of `recording.yaml` in `scoringFolder`, or nil when it is missing or broken.
    static func rubrics(in scoringFolder: String) -> RecordingRubrics? {
        try? RecordingRubrics.load(path: (scoringFolder as NSString).appendingPathComponent("recording.yaml"))
    }

    /// The context `validate` checks scenarios in: the policy, and the rubrics when they read
    /// cleanly, both for their ids (`SD052`) and to mark each model answer (`SD063`).
    static func context(policy: Policy, recording: RecordingRubrics?) -> ValidationContext {
        var context = ValidationContext(policy: policy, rubrics: recording.map { Set($0.rubrics.keys) })
        if let recording {
            context.markModel = { @Sendable (rubric: String, model: String) -> ModelMark? in recording.modelMark(rubric: rubric, model: model) }
        }
        return context
    }

    /// Rubric ids from `recording.yaml` in `scoringFolder`, or nil when it is missing or broken
    /// (`validate` reports its errors; other commands then skip the rubric check).
    static func rubricIDs(in scoringFolder: String) -> Set<String>? {
        (try? RecordingRubrics.load(path: (scoringFolder as NSString).appendingPathComponent("recording.yaml"))).map { Set($0.rubrics.keys) }
    }

    /// The validation context for scenarios played under the policy at `resources.policyFile`.
    static func context(_ resources: ResourceOptions) throws -> ValidationContext {
        ValidationContext(policy: try policy(at: resources.policyFile), rubrics: rubricIDs(in: resources.scoringFolder))
    }

    /// Diagnostics with their paths shortened to the current folder, as printed.
    static func displayed(_ diagnostics: DiagnosticList) -> DiagnosticList {
        DiagnosticList(diagnostics.items.map { diagnostic in
            var copy = diagnostic
            copy.location.file = ResourceOptions.display(diagnostic.location.file)
            return copy
        })
    }
}
