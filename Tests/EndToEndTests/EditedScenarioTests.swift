import Foundation
import Testing

/// Issue 13, item 5: a scenario file edited while an attempt at it is unfinished. The attempt resumes
/// on the source it began with and says so; a new attempt plays the file as it is now. And input
/// that runs out mid-attempt says, in one line, that the attempt is saved and how to resume it.
@Suite("an edited scenario and input that runs out, piped")
struct EditedScenarioTests {
    static let title = "The locked-account message"

    @Test func anAttemptBegunBeforeAnEditResumesOnItsOwnVersionAndANewOnePlaysTheEdit() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        let scenarios = try Self.copyOfScamLink(in: folder)
        let steps = try BundledScenarios.analysis("scam-link").best_path.map(\.input)
        let first = try SafeDrillProcess.run(["play", "scam-link", "--as", "Sam", "--scenarios", scenarios.path, "--db", db], input: steps.prefix(3).joined())
        #expect(first.status == 3, "\(first.stderr)")
        let id = try RecordsCommandTests.query(db, "SELECT id FROM attempt")
        try Self.editTitle(in: scenarios)

        let resumed = try SafeDrillProcess.run(["resume", String(id.prefix(8)), "--scenarios", scenarios.path, "--db", db], input: steps.dropFirst(3).joined())
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("Resuming \(Self.title)  (practice mode, attempt \(id.prefix(8)), 3 answers kept)"), "\(resumed.stdout)")
        let unwrapped = resumed.stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(unwrapped.contains("scenario scam-link changed since this attempt began; resuming on the version it began with"))
        #expect(resumed.stdout.split(separator: "\n").last?.hasPrefix("Result: Competent (") == true, "\(resumed.stdout.suffix(300))")

        let replayed = try SafeDrillProcess.run(["--as", "Sam", "--scenarios", scenarios.path, "--db", db], input: "play scam-link\nquit\nquit\n")
        #expect(replayed.status == 0, "\(replayed.stderr)")
        #expect(replayed.stdout.contains("\(Self.title), edited  (practice mode, attempt "), "\(replayed.stdout)")
        let hashes = try RecordsCommandTests.query(db, "SELECT count(DISTINCT scenario_sha256) FROM attempt")
        #expect(hashes == "2", "the new attempt is pinned to the edited file")
    }

    @Test func anUnchangedScenarioResumesWithoutTheWarning() throws {
        let db = try SafeDrillProcess.temporaryFolder().appendingPathComponent("r.sqlite").path
        let id = try ResumeLookupTests.unfinishedAttempt(db: db)
        let resumed = try SafeDrillProcess.run(["resume", id, "--db", db], input: "quit\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("1 answers kept"), "\(resumed.stdout)")
        #expect(!resumed.stdout.contains("changed since"))
    }

    @Test("input that runs out mid-attempt prints one line saying how to resume", arguments: [
        ["play", "scam-link", "--as", "Sam"], ["--as", "Sam"],
    ])
    func inputThatRunsOutSaysTheAttemptIsSavedOnce(command: [String]) throws {
        let db = try SafeDrillProcess.temporaryFolder().appendingPathComponent("r.sqlite").path
        let best = try #require(try BundledScenarios.analysis("scam-link").best_path.first).input
        let input = command.first == "play" ? best : "play scam-link\n" + best
        let result = try SafeDrillProcess.run(command + ["--db", db], input: input)
        #expect(result.status == 3, "\(result.stderr)")
        let id = try RecordsCommandTests.query(db, "SELECT id FROM attempt").prefix(8)
        let saved = result.stdout.split(separator: "\n").filter { $0.contains("saved") }
        #expect(saved == ["Input ended; attempt \(id) is saved: 'safedrill resume \(id)' carries on from here."], "\(result.stdout)")
    }

    /// A scenarios folder holding only a copy of the bundled scam-link.yaml.
    static func copyOfScamLink(in folder: URL) throws -> URL {
        let scenarios = folder.appendingPathComponent("scenarios")
        try FileManager.default.createDirectory(at: scenarios, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: SafeDrillProcess.projectRoot.appendingPathComponent("Scenarios/scam-link.yaml"),
            to: scenarios.appendingPathComponent("scam-link.yaml"))
        return scenarios
    }

    /// Edits the copy's title: a change that keeps the scenario valid and shows on screen.
    static func editTitle(in scenarios: URL) throws {
        let file = scenarios.appendingPathComponent("scam-link.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "title: \(title)\n", with: "title: \(title), edited\n").write(to: file, atomically: true, encoding: .utf8)
    }
}
