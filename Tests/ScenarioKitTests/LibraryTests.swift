import Foundation
import ScenarioKit
import Testing
import ThresholdEngine

@Suite("scenario library")
struct LibraryTests {
    @Test func loadsEveryYAMLFileOfAFolderSortedAndKeepsOnlyTheCleanOnes() throws {
        let folder = try FixtureFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let example = try #require(FixtureFiles.url("valid/authoring-example.yaml"))
        let broken = try #require(FixtureFiles.url("diagnostics/sd042-goto-missing.yaml"))
        try FileManager.default.copyItem(at: example, to: folder.appendingPathComponent("authoring-example.yaml"))
        let brokenText = try String(contentsOf: broken, encoding: .utf8).replacingOccurrences(of: "⚑", with: "")
        try brokenText.write(to: folder.appendingPathComponent("sd042-goto-missing.yaml"), atomically: true, encoding: .utf8)
        try "not a scenario".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)

        let library = ScenarioLibrary.load(folder: folder.path, context: TestPolicy.context)
        #expect(library.files.map { URL(fileURLWithPath: $0).lastPathComponent } == ["authoring-example.yaml", "sd042-goto-missing.yaml"])
        #expect(library.scenarios.map(\.id) == ["authoring-example"])
        #expect(library.diagnostics.errors.map(\.code) == ["SD042"])
        #expect(library["authoring-example"]?.title == "The gift card request")
    }

    @Test func aMissingFolderIsOneError() {
        let library = ScenarioLibrary.load(folder: "/no/such/folder", context: TestPolicy.context)
        #expect(library.diagnostics.errors.map(\.code) == ["SD001"])
        #expect(library.scenarios.isEmpty)
    }

    @Test func theBundledLibraryIsCleanAgainstTheDefaultPolicy() throws {
        let root = FixtureFiles.projectRoot
        let policy = try Policy.load(path: root.appendingPathComponent("Scoring/thresholds.yaml").path)
        let library = ScenarioLibrary.load(
            folder: root.appendingPathComponent("Scenarios").path,
            context: ValidationContext(policy: policy, rubrics: ["timeline", "disclosure", "account"]))
        #expect(library.diagnostics.items.map(\.description) == [])
        #expect(library.scenarios.count == library.files.count)
    }
}
