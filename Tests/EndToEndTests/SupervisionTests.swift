import Foundation
import Testing

@Suite("supervision and practice modes")
struct SupervisionTests {
    @Test func supervisionShowsPromptsAndKeepsNotesAndOverrides() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        let steps = try BundledScenarios.analysis("scam-link").best_path
        let recordIndex = try #require(steps.firstIndex { $0.input.hasSuffix("\n\n") })
        var input = steps.prefix(recordIndex + 1).map(\.input).joined()
        input += "note Discussed why the timeline matters\noverride 90 clear but missed one time\n"
        input += steps.dropFirst(recordIndex + 1).map(\.input).joined()
        try SafeDrillProcess.register("Bea Senior", role: "supervisor", db: db)
        let result = try SafeDrillProcess.run(
            ["play", "--new-person", "scam-link", "--as", "Sam", "--mode", "supervision", "--supervisor", "Bea Senior", "--db", db], input: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Discuss: "))
        #expect(result.stdout.contains("Note saved."))
        #expect(result.stdout.contains("is marked 90%: clear but missed one time"))
        #expect(result.stdout.contains("supervisor's mark 90% (Bea Senior): clear but missed one time"))
        #expect(result.stdout.split(separator: "\n").last?.hasPrefix("Result: ") == true)
    }

    @Test func supervisionNeedsASupervisor() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let result = try SafeDrillProcess.run(["play", "--new-person", "scam-link", "--as", "Sam", "--mode", "supervision", "--db", folder.appendingPathComponent("r.sqlite").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--supervisor"))
    }

    @Test func backInPracticeIsKeptInTheRecordsAndReplayedOnResume() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        let steps = try BundledScenarios.analysis("coercive-texting").best_path.map(\.input)
        // A first answer, taken back, then the best path; input ends early so the attempt is resumed.
        let first = try SafeDrillProcess.run(["play", "--new-person", "coercive-texting", "--as", "Sam", "--db", db], input: "1\nback\n" + steps.prefix(3).joined())
        #expect(first.status == 3)
        #expect(first.stdout.contains("Took back your last answer."))
        let second = try SafeDrillProcess.run(["resume", "--as", "Sam", "--db", db], input: steps.dropFirst(3).joined())
        #expect(second.stdout.contains("3 answers kept"))
        #expect(second.stdout.split(separator: "\n").last?.hasPrefix("Result: Competent") == true)
    }

    @Test func assessmentModeGivesNoFeedbackHintsOrBack() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let result = try SafeDrillProcess.run(
            ["play", "--new-person", "scam-link", "--as", "Sam", "--mode", "assessment", "--db", folder.appendingPathComponent("r.sqlite").path], input: "hint\nback\n2\n")
        #expect(result.stdout.contains("Hints are for practice mode."))
        #expect(result.stdout.contains("'back' is for practice"))
        #expect(!result.stdout.contains("✓") && !result.stdout.contains("✗"), "no marks before the end")
    }
}
