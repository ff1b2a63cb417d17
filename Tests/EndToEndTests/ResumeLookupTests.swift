import Foundation
import Testing

/// Issue 13, item 5: an attempt id that fits no attempt or several lists the candidates, and in the
/// REPL the prompt comes back (it used to quit to the shell, exit 1, on `resume abc`).
@Suite("resume by id, piped")
struct ResumeLookupTests {
    @Test func anUnknownIDInTheREPLListsTheUnfinishedAttemptsAndThePromptComesBack() throws {
        let db = try SafeDrillProcess.temporaryFolder().appendingPathComponent("r.sqlite").path
        let id = try Self.unfinishedAttempt(db: db)
        let unknown = id.hasPrefix("abc") ? "fed" : "abc"
        let result = try SafeDrillProcess.run(["--as", "Sam", "--db", db], input: "resume \(unknown)\nhistory\nquit\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("no attempt starts with '\(unknown)'; the unfinished ones are:"), "\(result.stdout)")
        #expect(result.stdout.contains("  \(id)  scam-link  Sam  "), "\(result.stdout)")
        #expect(result.stdout.contains("unfinished — resume \(id.prefix(8))"), "history ran after the error: \(result.stdout)")
    }

    @Test func anUnknownIDOnTheCommandLineIsAnInputErrorListingTheCandidates() throws {
        let db = try SafeDrillProcess.temporaryFolder().appendingPathComponent("r.sqlite").path
        let id = try Self.unfinishedAttempt(db: db)
        let result = try SafeDrillProcess.run(["resume", "zzz", "--db", db])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: no attempt starts with 'zzz'; the unfinished ones are:\n  \(id)  scam-link  Sam  "), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func anAmbiguousPrefixListsTheAttemptsItFitsAndAUniqueOneResumes() throws {
        let db = try SafeDrillProcess.temporaryFolder().appendingPathComponent("r.sqlite").path
        // Seventeen attempts: two of them must share their first hex digit.
        let started = try SafeDrillProcess.run(["--as", "Sam", "--db", db], input: String(repeating: "play scam-link\nquit\n", count: 17) + "quit\n")
        #expect(started.status == 0, "\(started.stderr)")
        let ids = try RecordsCommandTests.query(db, "SELECT id FROM attempt").split(separator: "\n").map(String.init)
        try #require(ids.count == 17)
        let shared = try #require(Dictionary(grouping: ids, by: \.first).values.first { $0.count > 1 })
        let prefix = String(try #require(shared.first?.first))

        let result = try SafeDrillProcess.run(["--as", "Sam", "--db", db], input: "resume \(prefix)\nresume \(shared[0].prefix(13))\nquit\nquit\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\(shared.count) attempts start with '\(prefix)'; give more of the id:"), "\(result.stdout)")
        for id in shared { #expect(result.stdout.contains("  \(id)  scam-link  Sam  "), "\(result.stdout)") }
        #expect(result.stdout.contains("Resuming The locked-account message  (practice mode, attempt \(shared[0].prefix(8)), 0 answers kept)"), "\(result.stdout)")
    }

    /// Starts an attempt at scam-link for Sam and leaves it after one answer (the best); returns its id.
    static func unfinishedAttempt(db: String) throws -> String {
        let best = try #require(try BundledScenarios.analysis("scam-link").best_path.first).input
        let first = try SafeDrillProcess.run(["play", "scam-link", "--as", "Sam", "--db", db], input: best)
        #expect(first.status == 3, "\(first.stderr)")
        return try RecordsCommandTests.query(db, "SELECT id FROM attempt")
    }
}
