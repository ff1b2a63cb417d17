import Assessment
import Foundation
@testable import Records
import ScenarioKit
import Testing
import ThresholdEngine

/// The project's real library and scorer, the best and poorest results it gives for real
/// scenarios, and a way to put completed attempts with those results into a store.
enum TrainingRecords {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let library: TrainingLibrary? = try? TrainingLibrary.load(
        scenariosFolder: root.appendingPathComponent("Scenarios").path,
        policyPath: root.appendingPathComponent("Scoring/thresholds.yaml").path)

    static func loadedLibrary() throws -> TrainingLibrary { try #require(library) }

    /// The scorer's results on the best and the poorest path through `scenario`.
    static func results(_ scenario: String) throws -> (best: AttemptResult, worst: AttemptResult) {
        let library = try loadedLibrary()
        let analysis = ScoreAnalysis.analyse(try #require(library.scenario(scenario)), scorer: library.scorer)
        return (analysis.bestResult, analysis.worstResult)
    }

    /// 1 March 2026 09:00 UTC plus `days`.
    static func day(_ days: Double) -> Date { Date(timeIntervalSince1970: 1_772_355_600 + days * 86_400) }

    /// A completed attempt by `trainee` at `scenario` with `result`, its answers being `answers`.
    @discardableResult
    static func complete(
        _ store: RecordStore, trainee: String, scenario: String, result: AttemptResult,
        mode: Attempt.Mode = .assessment, at: Date, answers: [(node: String, kind: RecordedAnswer.Kind, input: String)] = []
    ) throws -> Attempt {
        let bytes = try Data(contentsOf: root.appendingPathComponent("Scenarios/\(scenario).yaml"))
        let attempt = try store.startAttempt(NewAttempt(
            personName: trainee, scenarioID: scenario, scenarioSHA256: ContentHash.sha256(bytes), scenarioBytes: bytes,
            policySHA256: String(repeating: "a", count: 64), rubricsSHA256: String(repeating: "b", count: 64), mode: mode, at: at))
        for answer in answers {
            try store.appendAnswer(attemptID: attempt.id, nodeID: answer.node, kind: answer.kind, input: answer.input, at: at)
        }
        let json = String(decoding: try JSONEncoder().encode(result), as: UTF8.self)
        return try store.finish(
            attemptID: attempt.id, outcome: result.competent ? .competent : .notYetCompetent, percent: result.percent,
            resultJSON: json, at: at.addingTimeInterval(600))
    }

    /// An assessor's confirmation of the attempt's free-text mark at `node`, keeping its stored
    /// result: these fixtures' results are the analysis's, not a replay of their few answers.
    static func confirmModeration(of attempt: Attempt, node: String, in store: RecordStore, at: Date) throws {
        try store.insertModeration(Moderation(
            id: nil, attemptID: attempt.id, nodeID: node, elementID: "time", decision: .confirmed, met: true, reason: "confirmed",
            moderator: "Sue Supervisor", createdAt: at, outcome: try #require(attempt.outcome), percent: try #require(attempt.percent),
            resultJSON: try #require(attempt.resultJSON)))
    }
}
