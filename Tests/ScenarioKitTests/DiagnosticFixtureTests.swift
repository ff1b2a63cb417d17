import ScenarioKit
import Testing
import ThresholdEngine

/// Every diagnostic code pinned to its exact line and column: each fixture is a small scenario with
/// one kind of mistake, its code on the first line and `⚑` where each diagnostic must point.
@Suite("diagnostics at their exact positions")
struct DiagnosticFixtureTests {
    static let fixtures = MarkedFixture.all(in: "diagnostics")

    @Test("each fixture reports its code exactly at its markers, and no other error", arguments: fixtures)
    func fixtureReportsItsCodeAtItsMarkers(_ fixture: MarkedFixture) {
        let loaded = ScenarioValidator(TestPolicy.context).check(text: fixture.text, path: fixture.name)
        let found = loaded.diagnostics.sorted.filter { $0.code == fixture.expectedCode }
        let positions = found.map { "\($0.location.line):\($0.location.column)" }
        let expected = fixture.marks.map { "\($0.line):\($0.column)" }
        #expect(positions == expected, "\(loaded.diagnostics.sorted.map(\.description).joined(separator: "\n"))")
        let others = loaded.diagnostics.errors.filter { $0.code != fixture.expectedCode }
        #expect(others.isEmpty, "unexpected: \(others.map(\.description))")
        #expect(found.allSatisfy { $0.location.file == fixture.name && !$0.message.isEmpty })
    }

    @Test func everyDocumentedScenarioCodeHasAFixture() {
        let covered = Set(Self.fixtures.map(\.expectedCode))
        let scenarioCodes = ["SD001", "SD002", "SD003", "SD004", "SD005", "SD006", "SD010", "SD012", "SD013", "SD020", "SD021",
                             "SD040", "SD041", "SD042", "SD043", "SD044", "SD045", "SD046", "SD047", "SD048", "SD049", "SD050",
                             "SD051", "SD052", "SD053", "SD055", "SD056", "SD057", "SD060", "SD061", "SD062"]
        #expect(scenarioCodes.filter { !covered.contains($0) } == [])
    }

    @Test func aMisspeltKeyOrGotoSuggestsTheNearestName() throws {
        let key = try #require(Self.fixtures.first { $0.name == "sd002-unknown-key.yaml" })
        let goto = try #require(Self.fixtures.first { $0.name == "sd042-goto-missing.yaml" })
        let validator = ScenarioValidator(TestPolicy.context)
        #expect(validator.check(text: key.text, path: key.name).diagnostics.errors.first?.hint == "did you mean 'prompt'?")
        let gotoHint = validator.check(text: goto.text, path: goto.name).diagnostics.errors.first?.hint ?? ""
        #expect(gotoHint.hasPrefix("did you mean 'end-poor'?"))
    }

    @Test func warningsAreWarningsAndErrorsAreErrors() {
        for fixture in Self.fixtures {
            let loaded = ScenarioValidator(TestPolicy.context).check(text: fixture.text, path: fixture.name)
            let severity = loaded.diagnostics.items.first { $0.code == fixture.expectedCode }?.severity
            #expect(severity == (fixture.expectedCode.hasPrefix("SD06") ? .warning : .error), "\(fixture.name)")
        }
    }
}
