import Assessment
import Foundation
import Records
import ScenarioKit
import Testing
import ThresholdEngine
@testable import Training

/// Attempt running without a terminal: what is stored when, what each mode allows, and resuming.
@Suite struct AttemptRunTests {
    static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private static let bundled = Result { () throws(DiagnosticError) in
        try TrainingLibrary.load(
            scenariosFolder: projectRoot.appendingPathComponent("Scenarios").path,
            policyPath: projectRoot.appendingPathComponent("Scoring/thresholds.yaml").path)
    }

    /// Three answers at scam-link that reach an ending.
    static let toAnEnding: [Answer] = [.choice("sit-and-listen"), .choice("open-safety-questions"), .choice("factory-reset")]

    static func start(_ mode: PlayMode, supervisor: String? = nil, store: RecordStore) throws -> AttemptRun {
        let library = try bundled.get()
        let scenario = try #require(library.scenario("scam-link"))
        let (current, bytes) = try library.current(scenario)
        return try AttemptRun.start(current, bytes: bytes, trainee: "A Trainee", mode: mode, supervisor: supervisor, library: library, store: store)
    }

    @Test func eachAnswerIsStoredBeforeTheRunMovesOnAndFeedbackFollowsTheMode() throws {
        let store = try RecordStore.inMemory()
        let practice = try Self.start(.practice, store: store)
        #expect(try practice.answer(Self.toAnEnding[0]) != nil)
        #expect(try store.answers(attemptID: practice.attempt.id).map(\.nodeID) == ["night-knock"])
        #expect(practice.session.nodeID == "safety-check")

        let assessment = try Self.start(.assessment, store: store)
        #expect(try assessment.answer(Self.toAnEnding[0]) == nil, "no feedback in assessment")
    }

    @Test func anAnswerTheNodeDoesNotTakeStoresNothing() throws {
        let store = try RecordStore.inMemory()
        let run = try Self.start(.practice, store: store)
        #expect(throws: Session.Failure.self) { try run.answer(.choice("no-such-choice")) }
        #expect(try store.answers(attemptID: run.attempt.id).isEmpty)
    }

    @Test func backIsStoredInPracticeAndRefusedElsewhere() throws {
        let store = try RecordStore.inMemory()
        let practice = try Self.start(.practice, store: store)
        #expect(throws: Refusal.self) { try practice.back() }
        _ = try practice.answer(Self.toAnEnding[0])
        try practice.back()
        #expect(practice.session.nodeID == "night-knock")
        #expect(try store.answers(attemptID: practice.attempt.id).map(\.kind) == [.choice, .back])

        let assessment = try Self.start(.assessment, store: store)
        _ = try assessment.answer(Self.toAnEnding[0])
        #expect(throws: Refusal.self) { try assessment.back() }
        #expect(throws: Refusal.self) { try assessment.hint() }
        #expect(throws: Refusal.self) { try assessment.note("a note") }
        #expect(try store.answers(attemptID: assessment.attempt.id).count == 1)
    }

    @Test func supervisionNeedsASupervisorAndTakesNotes() throws {
        let store = try RecordStore.inMemory()
        #expect(throws: TrainingFailure.self) { try Self.start(.supervision, store: store) }
        _ = try store.person(named: "B Senior", role: .supervisor)
        let run = try Self.start(.supervision, supervisor: "B Senior", store: store)
        try run.note("talked about consent")
        #expect(throws: Refusal.self) { try run.override(percent: 50, reason: "thin") }
    }

    @Test func finishingScoresTheStoredAnswersAndCompletesTheAttempt() throws {
        let store = try RecordStore.inMemory()
        let run = try Self.start(.assessment, store: store)
        for answer in Self.toAnEnding { _ = try run.answer(answer) }
        let result = try run.finish()
        let stored = try #require(try store.attempt(id: run.attempt.id))
        #expect(stored.status == .completed)
        #expect(stored.percent == result.percent)
    }

    @Test func resumingReplaysTheStoredAnswersOnTheStoredSource() throws {
        let store = try RecordStore.inMemory()
        let first = try Self.start(.practice, store: store)
        _ = try first.answer(Self.toAnEnding[0])
        _ = try first.answer(.choice("reassure-empty"))
        try first.back()
        #expect(throws: TrainingFailure.self, "the first session still holds it") {
            try AttemptRun.resume(first.attempt, library: try Self.bundled.get(), store: store)
        }
        first.release()

        let again = try AttemptRun.resume(first.attempt, library: try Self.bundled.get(), store: store)
        #expect(again.session.steps == first.session.steps)
        #expect(again.session.nodeID == "safety-check")
        #expect(!again.scenarioFileChanged, "the bundled file is the one the attempt began on")
    }
}
