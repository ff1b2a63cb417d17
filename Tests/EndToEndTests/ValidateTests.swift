import Foundation
import Testing

@Suite("safedrill validate")
struct ValidateTests {
    /// A small scenario whose `goto` on line 20, column 68 names a node that does not exist.
    static let broken = """
        format: safedrill/1
        id: broken
        title: A broken scenario
        version: 1
        summary: One typo.
        setting: homecare
        audience: [care-worker]
        source: test
        start: first
        nodes:
          first:
            stage: safety
            text: Something happens.
            choices:
              - id: a
                text: A.
                points: 1
                feedback: Because.
                goto: end-good
              - {id: b, text: B., points: 0, feedback: Because not., goto: end-god}
          end-good:
            ending: good
            text: Done.
            debrief: Well done.

        """

    @Test func theBundledLibraryAndScoringFilesAreCleanAndExitZero() throws {
        let result = try SafeDrillProcess.run(["validate"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasSuffix(", 0 errors, 0 warnings\n"))
        // The scenarios and the scoring files beside the policy (golden cases are left to `policy test`).
        let checked = Int(result.stdout.split(separator: "\n").last?.split(separator: " ").first ?? "") ?? 0
        #expect(checked > BundledScenarios.ids.count)
    }

    @Test func theAuthoringGuidesExampleIsCleanAgainstTheDefaultPolicy() throws {
        let result = try SafeDrillProcess.run(["validate", "Tests/ScenarioKitTests/Fixtures/valid/authoring-example.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout == "1 file, 0 errors, 0 warnings\n")
    }

    @Test func aBrokenScenarioExitsOneAndPointsAtTheLine() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.broken.write(to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        let result = try SafeDrillProcess.run(["validate", "broken.yaml"], in: folder)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("broken.yaml:20:68: error[SD042]: 'goto' names a node that does not exist: 'end-god'"))
        #expect(lines.contains("  hint: did you mean 'end-good'? Node ids are the keys under 'nodes'."))
        #expect(lines.last == "1 file, 1 error, 5 warnings")
    }

    /// 2 million unknown facts in a scenario took 366 s and 3.2 GB: a YAML file over 4 MiB is
    /// refused before it is parsed.
    @Test func aScenarioOverTheSizeLimitIsRefusedBeforeItIsParsed() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let facts = (0..<260_000).map { "  unknown_fact_\($0): true\n" }.joined()
        try ("format: safedrill/1\nid: huge\nfacts:\n" + facts).write(to: folder.appendingPathComponent("huge.yaml"), atomically: true, encoding: .utf8)

        let started = Date()
        let result = try SafeDrillProcess.run(["validate", "huge.yaml"], in: folder)

        #expect(result.status == 1)
        #expect(result.stdout.contains("huge.yaml:1:1: error[SD007]: the file is "), "\(result.stdout.prefix(500))")
        #expect(result.stdout.contains("over the limit of 4 MiB"), "\(result.stdout.prefix(500))")
        #expect(Date().timeIntervalSince(started) < 20)
    }

    @Test func jsonListsErrorsAndWarningsWithTheirPositions() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.broken.write(to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        let result = try SafeDrillProcess.run(["validate", folder.path, "--json"], in: folder)
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["files", "errors", "warnings"])
        #expect(object["files"] as? Int == 1)
        let errors = try #require(object["errors"] as? [[String: Any]])
        let error = try #require(errors.first)
        #expect(Set(error.keys) == ["file", "line", "column", "severity", "code", "message", "hint"])
        #expect(error["code"] as? String == "SD042")
        #expect(error["line"] as? Int == 20)
        #expect(error["column"] as? Int == 68)
        #expect(error["severity"] as? String == "error")
        #expect((object["warnings"] as? [[String: Any]])?.allSatisfy { $0["severity"] as? String == "warning" } == true)
    }

    @Test func aPathThatDoesNotExistIsAUsageErrorWithExitTwo() throws {
        let result = try SafeDrillProcess.run(["validate", "no-such-folder"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no such file or folder: no-such-folder"))
    }
}
