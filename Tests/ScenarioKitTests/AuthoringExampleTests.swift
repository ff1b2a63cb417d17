import Foundation
import ScenarioKit
import Testing

/// The complete example in docs/authoring.md is a fixture too: it must validate with no error and
/// no warning, and the guide must show exactly the fixture's text.
@Suite("the authoring guide's example")
struct AuthoringExampleTests {
    @Test func validatesWithNoErrorAndNoWarning() throws {
        let url = try #require(FixtureFiles.url("valid/authoring-example.yaml"))
        let loaded = ScenarioValidator(TestPolicy.context).check(contentsOf: url.path)
        #expect(loaded.diagnostics.items.map(\.description) == [])
    }

    @Test func theGuideShowsTheFixtureWordForWord() throws {
        let url = try #require(FixtureFiles.url("valid/authoring-example.yaml"))
        let example = try String(contentsOf: url, encoding: .utf8)
        let guide = try String(contentsOf: FixtureFiles.projectRoot.appendingPathComponent("docs/authoring.md"), encoding: .utf8)
        #expect(guide.contains("```yaml\n" + example + "```\n"), "copy Tests/ScenarioKitTests/Fixtures/valid/authoring-example.yaml into the guide's complete example")
    }
}
