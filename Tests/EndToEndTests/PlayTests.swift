import Foundation
import Testing

@Suite("play, piped")
struct PlayTests {
    @Test("the best path is judged competent", arguments: BundledScenarios.ids)
    func bestPathIsCompetent(scenario: String) throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let input = try BundledScenarios.analysis(scenario).best_path.map(\.input).joined()
        let result = try SafeDrillProcess.run(
            ["play", "--new-person", scenario, "--as", "A Trainee", "--mode", "assessment", "--db", folder.appendingPathComponent("r.sqlite").path], input: input)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.last?.hasPrefix("Result: Competent (") == true, "\(lines.suffix(5))")
        #expect(!result.stdout.contains("Critical errors"))
        #expect(!result.stdout.contains("> "), "piped input gets no prompts echoed")
    }

    @Test("the poorest path is not yet competent and names the critical error", arguments: BundledScenarios.ids)
    func poorestPathIsNotYetCompetent(scenario: String) throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let input = try BundledScenarios.analysis(scenario).worst_path.map(\.input).joined()
        let result = try SafeDrillProcess.run(
            ["play", "--new-person", scenario, "--as", "A Trainee", "--mode", "assessment", "--db", folder.appendingPathComponent("r.sqlite").path], input: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").last?.hasPrefix("Result: Not yet competent (") == true)
        #expect(result.stdout.contains("Critical errors"))
        #expect(result.stdout.contains("critical error at"))
    }

    @Test func inputThatRunsOutLeavesAResumableAttemptAndExitsThree() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        let steps = try BundledScenarios.analysis("scam-link").best_path.map(\.input)
        let first = try SafeDrillProcess.run(["play", "--new-person", "scam-link", "--as", "Sam", "--mode", "assessment", "--db", db], input: steps.prefix(5).joined())
        #expect(first.status == 3)
        let history = try SafeDrillProcess.run(["history", "--as", "Sam", "--db", db])
        #expect(history.stdout.contains("unfinished"))
        let second = try SafeDrillProcess.run(["resume", "--as", "Sam", "--db", db], input: steps.dropFirst(5).joined())
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("5 answers kept"))
        #expect(second.stdout.split(separator: "\n").last?.hasPrefix("Result: Competent (") == true)
    }

    @Test func garbageGetsOneLineOfHelpAndTheSamePrompt() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let steps = try BundledScenarios.analysis("coercive-texting").best_path.map(\.input)
        let input = "banana\n99\n\u{7}\n" + steps.joined()
        let result = try SafeDrillProcess.run(["play", "--new-person", "coercive-texting", "--as", "Sam", "--db", folder.appendingPathComponent("r.sqlite").path], input: input)
        #expect(result.status == 0)
        #expect(result.stdout.contains("'banana' is not an option number"))
        #expect(result.stdout.contains("there is no option 99"))
        #expect(result.stdout.split(separator: "\n").last?.hasPrefix("Result: Competent") == true)
    }

    @Test func anUnknownScenarioIsAnInputErrorWithASuggestion() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let result = try SafeDrillProcess.run(["play", "--new-person", "scam-lnk", "--as", "Sam", "--db", folder.appendingPathComponent("r.sqlite").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("did you mean 'scam-link'"))
        #expect(result.stdout.isEmpty)
    }

    @Test func theRecordsFileIsPrivate() throws {
        let folder = try SafeDrillProcess.temporaryFolder().appendingPathComponent("nested")
        let db = folder.appendingPathComponent("r.sqlite").path
        _ = try SafeDrillProcess.run(["play", "--new-person", "scam-link", "--as", "Sam", "--db", db], input: "1\n")
        let fileMode = try FileManager.default.attributesOfItem(atPath: db)[.posixPermissions] as? Int
        let folderMode = try FileManager.default.attributesOfItem(atPath: folder.path)[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
        #expect(folderMode == 0o700)
    }
}
