import Foundation
import Testing

/// Issue 18, items 4 to 6: what the store keeps of an attempt is what happened in it, whatever
/// `back` or a second session did, run on the built binary as a trainee would.
@Suite("transcripts stay true, end to end")
struct TranscriptTests {
    /// Each stored answer as `node|kind|input`, in order, with a record's line breaks as `\n`.
    static func storedAnswers(_ db: String) throws -> [String] {
        try RecordsCommandTests.query(db, "SELECT node_id || '|' || kind || '|' || replace(input, char(10), '\\n') FROM answer ORDER BY attempt_id, seq")
            .split(separator: "\n").map(String.init)
    }

    @Test func anAnswerAfterBackIsStoredAtTheNodeItWasGivenAtAndTheAttemptExports() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        let best = try BundledScenarios.analysis("scam-link").best_path
        // The steps (3, 1, back, 1), then on along the best path to the end.
        #expect(best.prefix(2).map(\.input) == ["3\n", "1\n"])
        let input = best[0].input + best[1].input + "back\n" + best.dropFirst().map(\.input).joined()
        let played = try SafeDrillProcess.run(["play", "--new-person", "scam-link", "--as", "X", "--mode", "practice", "--db", db], input: input)

        #expect(played.status == 0, "\(played.stderr)")
        #expect(played.stdout.contains("Took back your last answer."))
        let stored = try Self.storedAnswers(db)
        #expect(Array(stored.prefix(4)) == [
            "night-knock|choice|sit-and-listen", "safety-check|choice|open-safety-questions",
            "safety-check|back|", "safety-check|choice|open-safety-questions",
        ])
        #expect(stored.count == best.count + 2)
        let exported = try SafeDrillProcess.run(["export", "--format", "xapi", "--db", db])
        #expect(exported.status == 0, "\(exported.stderr)")
        let verified = try SafeDrillProcess.run(["records", "verify", "--db", db])
        #expect(verified.status == 0, "\(verified.stdout)")
    }

    @Test func backFromAnEscalationStepGoesBackAndTakesTheNextAnswerThere() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        let played = try SafeDrillProcess.run(
            ["play", "--new-person", "coercive-texting", "--as", "X", "--mode", "practice", "--db", db], input: "3\n2\n2\nback\n1\n")

        #expect(!played.stderr.contains("wrongKind"), "\(played.stderr)")
        #expect(played.status == 0, "\(played.stderr)")
        #expect(played.stdout.contains("Took back your last answer."))
        let stored = try Self.storedAnswers(db)
        #expect(stored.count == 5)
        #expect(stored.dropFirst(2).first?.hasPrefix("kept-secret|choice|") == true, "\(stored)")
        #expect(stored.dropFirst(3).first == "kept-secret|back|", "\(stored)")
        #expect(stored.last == "kept-secret|choice|keep-promise", "\(stored)")
        #expect(played.stdout.split(separator: "\n").last?.hasPrefix("Result: Not yet competent") == true)
    }

    @Test func anInvalidStatementIsLeftOutAndNamedAndEveryoneElsesAreExported() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        let ada = try RecordsCommandTests.playToCompetent("scam-link", as: "Ada", db: db)
        let ben = try RecordsCommandTests.playToCompetent("scam-link", as: "Ben", db: db)
        // Ben's second answer filed at the next node, as `back` used to file it: its response is not a choice there.
        _ = try RecordsCommandTests.query(db, "UPDATE answer SET node_id = 'keep-or-delete' WHERE attempt_id = '\(ben)' AND seq = 2")

        let exported = try SafeDrillProcess.run(["export", "--format", "xapi", "--db", db])

        #expect(exported.status == 1)
        #expect(exported.stderr.contains("1 xAPI statement breaks a rule"), "\(exported.stderr)")
        #expect(exported.stderr.contains("attempt \(ben), statement "), "\(exported.stderr)")
        #expect(exported.stderr.contains("(answered): result.response: \"open-safety-questions\" is not one of the interaction's choices"))
        let statements = try #require(try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [[String: Any]])
        let registrations = statements.compactMap { ($0["context"] as? [String: Any])?["registration"] as? String }
        let answers = try Self.storedAnswers(db).count
        #expect(statements.count == answers + 2 * 4 - 1)
        #expect(registrations.filter { $0 == ada }.count == answers / 2 + 4)
    }
}
