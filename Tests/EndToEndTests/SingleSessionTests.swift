import Foundation
import Testing

/// Issue 18, item 6: an attempt is played by one session at a time, and a session that was killed
/// does not keep it from being resumed.
@Suite("one session per attempt, end to end")
struct SingleSessionTests {
    /// Starts `scenario` for Sam in assessment mode and leaves it after `answers` answers of the best path.
    static func startedAttempt(_ scenario: String, answers: Int, db: String) throws -> (id: String, steps: [String]) {
        let steps = try BundledScenarios.analysis(scenario).best_path.map(\.input)
        let started = try SafeDrillProcess.run(["play", scenario, "--as", "Sam", "--mode", "assessment", "--db", db], input: steps.prefix(answers).joined())
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
}
