import Assessment
import Foundation
import GRDB
@testable import Records
import Testing

/// v14-lean-attempts: the team figures in columns beside the attempt, the results deflated, and
/// stores written before it upgraded to the same figures and the same digests.
@Suite struct LeanAttemptsTests {
    /// Completed attempts with real scorer results (best and poorest paths), one trainee.
    private static func finishAttempts(in store: RecordStore) throws {
        let library = try BundledLibrary.load()
        for scenario in library.scenarios.prefix(3) {
            let analysis = ScoreAnalysis.analyse(scenario, scorer: library.scorer)
            for result in [analysis.bestResult, analysis.worstResult] {
                var new = try BundledLibrary.newAttempt(scenario, library: library)
                new.mode = .assessment
                let attempt = try store.startAttempt(new)
                try store.finish(
                    attemptID: attempt.id, outcome: result.competent ? .competent : .notYetCompetent, percent: result.percent,
                    resultJSON: String(decoding: try JSONEncoder().encode(result), as: UTF8.self), at: Samples.time(60))
            }
        }
    }

    /// Puts the store back as v8 left it: results as plain text, no figure columns or tables.
    private static func undoLeanAttempts(at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            for row in try Row.fetchAll(db, sql: "SELECT id, result_json FROM attempt WHERE result_json IS NOT NULL") {
                let json = try #require(row["result_json"] as StoredResult?).json
                try db.execute(sql: "UPDATE attempt SET result_json = ? WHERE id = ?", arguments: [json, row["id"] as String])
            }
            try db.execute(sql: "DROP TABLE attempt_escalation; DROP TABLE attempt_critical_error")
            for column in ["safety", "evidence", "timeline", "thresholds", "safeguards", "review"] {
                try db.execute(sql: "ALTER TABLE attempt DROP COLUMN stage_\(column)")
            }
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v14-lean-attempts'")
        }
    }

    @Test func resultsAreStoredDeflatedAndReadBackAsGiven() throws {
        let store = try RecordStore.inMemory()
        try Self.finishAttempts(in: store)
        let attempts = try store.attemptRecords(startedSince: nil).map(\.attempt)
        #expect(attempts.count == 6)
        try store.writer.read { db in
            #expect(try String.fetchAll(db, sql: "SELECT DISTINCT typeof(result_json) FROM attempt") == ["blob"])
            let stored = try Int.fetchOne(db, sql: "SELECT sum(length(result_json)) FROM attempt") ?? 0
            let text = attempts.reduce(0) { $0 + ($1.resultJSON?.utf8.count ?? 0) }
            #expect(stored * 3 < text, "deflated \(text) bytes of results to \(stored)")
        }
        for attempt in attempts {
            let result = try JSONDecoder().decode(AttemptResult.self, from: Data(try #require(attempt.resultJSON).utf8))
            #expect(result.percent == attempt.percent)
        }
        #expect(try store.verify().isOK)
    }

    @Test func aStoreFromBeforeUpgradesToTheSameFiguresAndDigests() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("records.sqlite")
        let expected: TeamTallies
        do {
            let store = try RecordStore(path: path)
            try Self.finishAttempts(in: store)
            expected = try store.teamTallies(since: nil)
            #expect(!expected.stageMeans.isEmpty && !expected.escalations.isEmpty)
        }
        try Self.undoLeanAttempts(at: path)
        let upgraded = try RecordStore(path: path)
        #expect(try upgraded.teamTallies(since: nil) == expected)
        #expect(try upgraded.verify().isOK, "the chain's digests hold over the deflated results")
        let types = try upgraded.writer.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT typeof(result_json) FROM attempt") }
        #expect(types == ["blob"])
    }

    @Test func anOldResultThatIsNotJSONStillOpens() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("records.sqlite")
        do { try Self.finishAttempts(in: try RecordStore(path: path)) }
        try Self.undoLeanAttempts(at: path)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "UPDATE attempt SET result_json = 'not json' WHERE rowid = (SELECT min(rowid) FROM attempt)")
        }
        let store = try RecordStore(path: path)
        let counted = try store.teamTallies(since: nil).trainees.reduce(0) { $0 + $1.attempts }
        #expect(counted == 6)
        let report = try store.verify()
        #expect(!report.isOK, "the edited result is reported")
    }

    @Test(arguments: [Data(), Data("SDZ1".utf8), Data("SDZ1\u{10}\0\0\0garbage".utf8), Data([0x00, 0xff, 0x10])])
    func aBlobThatIsNotDeflatedTextReadsAsWhatItIs(blob: Data) {
        #expect(CompressedText.text(blob) == nil)
    }

    @Test(arguments: ["", "short", String(repeating: "{\"stage\":\"safety\",\"percent\":80}", count: 200), "Zoë → £"])
    func deflatedTextInflatesToTheSameBytes(text: String) throws {
        let data = try #require(CompressedText.compress(text))
        #expect(CompressedText.text(data) == text)
    }
}
