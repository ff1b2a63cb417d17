import Foundation
import Records
import ScenarioKit
import Testing

/// Issue 18, item 6: an attempt is played by one session at a time, and a session that was killed
/// does not keep it from being resumed.
@Suite("one session per attempt, end to end")
struct SingleSessionTests {
    /// Starts `scenario` for Sam in assessment mode and leaves it after `answers` answers of the best path.
    static func startedAttempt(_ scenario: String, answers: Int, db: String) throws -> (id: String, steps: [String]) {
        let steps = try BundledScenarios.analysis(scenario).best_path.map(\.input)
        let started = try SafeDrillProcess.run(["play", "--new-person", scenario, "--as", "Sam", "--mode", "assessment", "--db", db], input: steps.prefix(answers).joined())
        #expect(started.status == 3, "\(started.stderr)")
        return (try RecordsCommandTests.latestAttempt(of: "Sam", scenario: scenario, db: db), steps)
    }

    @Test func aSecondResumeOfAnAttemptInPlayIsToldWhoHoldsItAndStoresNothing() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        let (id, steps) = try Self.startedAttempt("scam-link", answers: 2, db: db)
        let first = try RunningSafeDrill(["resume", String(id.prefix(8)), "--db", db], input: steps[2..<5].joined())
        #expect(try RunningSafeDrill.wait { try TranscriptTests.storedAnswers(db).count == 5 })

        let second = try SafeDrillProcess.run(["resume", String(id.prefix(8)), "--db", db], input: steps.dropFirst(2).joined())
        let done = first.finish(steps.dropFirst(5).joined())

        #expect(second.status == 2, "\(second.stdout)")
        #expect(second.stderr.contains("is being played in another session (process \(first.pid) on "), "\(second.stderr)")
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout.split(separator: "\n").last?.hasPrefix("Result: Competent (100%)") == true, "\(done.stdout.suffix(300))")
        #expect(try TranscriptTests.storedAnswers(db).count == steps.count)
        let verified = try SafeDrillProcess.run(["records", "verify", "--db", db])
        #expect(verified.status == 0, "\(verified.stdout)")
    }

    @Test func aResumeTakesOverFromASessionThatWasKilled() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        let (id, steps) = try Self.startedAttempt("scam-link", answers: 2, db: db)
        let first = try RunningSafeDrill(["resume", id, "--db", db], input: steps[2])
        #expect(try RunningSafeDrill.wait { try TranscriptTests.storedAnswers(db).count == 3 })
        first.kill()

        let second = try SafeDrillProcess.run(["resume", id, "--db", db], input: steps.dropFirst(3).joined())

        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("3 answers kept"))
        #expect(second.stdout.split(separator: "\n").last?.hasPrefix("Result: Competent") == true)
    }

    @Test func verifyNamesACompletedAttemptWhoseStoredResultIsNotWhatItsAnswersGive() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        let library = try BundledScenarios.library()
        let scenario = try #require(library.scenario("scam-link"))
        let store = try RecordStore(path: db)
        let attempt = try store.startAttempt(NewAttempt(
            personName: "Sam", personRole: .trainee, scenarioID: scenario.id, scenarioSHA256: scenario.sha256,
            scenarioBytes: try Data(contentsOf: URL(fileURLWithPath: scenario.path)), policySHA256: library.policy.sha256,
            rubricsSHA256: library.rubricsSHA256, mode: .practice, supervisor: nil, at: Date()))
        // What two sessions of one attempt stored before the lease: each session's answers, interleaved.
        let live: [Answer] = [.choice("sit-and-listen"), .choice("open-safety-questions"), .choice("factory-reset")]
        for (node, answer) in [("night-knock", live[0]), ("night-knock", live[0]), ("safety-check", live[1]), ("keep-or-delete", live[2])] {
            try store.appendAnswer(attemptID: attempt.id, nodeID: node, kind: .choice, input: answer.input, at: Date())
        }
        let session = try Session(scenario: scenario, escalations: library.policy.escalations.map(\.id), replaying: live)
        let result = library.scorer.mark(scenario, steps: session.steps, ending: .poor)
        try store.finish(
            attemptID: attempt.id, outcome: result.competent ? .competent : .notYetCompetent, percent: result.percent,
            resultJSON: String(decoding: try JSONEncoder().encode(result), as: UTF8.self), at: Date())

        let verified = try SafeDrillProcess.run(["records", "verify", "--db", db])

        #expect(verified.status == 1)
        #expect(verified.stdout.contains("attempt \(attempt.id): does not replay — answer 2 does not fit node 'safety-check'"), "\(verified.stdout)")
    }
}
