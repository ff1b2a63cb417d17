import Assessment
import Foundation
import Records
import ScenarioKit
import ThresholdEngine

/// The bundled scenarios, policy and rubrics, for tests that replay and score real attempts.
enum BundledLibrary {
    static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private static let loaded = Result { () throws(DiagnosticError) in
        try TrainingLibrary.load(
            scenariosFolder: projectRoot.appendingPathComponent("Scenarios").path,
            policyPath: projectRoot.appendingPathComponent("Scoring/thresholds.yaml").path)
    }

    static func load() throws -> TrainingLibrary { try loaded.get() }

    /// An attempt at `scenario` as the trainer starts one: its exact file, today's policy and rubrics.
    static func newAttempt(_ scenario: Scenario, library: TrainingLibrary, by person: String = "A Trainee") throws -> NewAttempt {
        NewAttempt(
            personName: person, personRole: .trainee, scenarioID: scenario.id, scenarioSHA256: scenario.sha256,
            scenarioBytes: try Data(contentsOf: URL(fileURLWithPath: scenario.path)),
            policySHA256: library.policy.sha256, rubricsSHA256: library.rubricsSHA256,
            mode: .practice, supervisor: nil, at: Samples.time())
    }
}
