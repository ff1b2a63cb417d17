import Testing
import ThresholdEngine

/// Every loader diagnostic, pinned to its exact line and column with a `⚑` in a fixture.
@Suite("policy diagnostics")
struct PolicyDiagnosticTests {
    static let fixtures = ProjectFiles.fixtures(in: "diagnostics").filter { $0.hasPrefix("SD") }

    @Test func everyLoaderCodeHasAFixture() {
        let codes = Set(Self.fixtures.map { String($0.prefix(5)) })
        let expected: Set<String> = ["SD001", "SD002", "SD003", "SD004", "SD005", "SD006", "SD010", "SD011", "SD012",
                                     "SD013", "SD014", "SD015", "SD016", "SD017", "SD020", "SD021"]
        #expect(codes == expected)
    }

    @Test(arguments: fixtures)
    func diagnosticPointsAtTheMarker(_ name: String) throws {
        let fixture = try #require(MarkedText(fixture: "diagnostics/\(name)"))
        let diagnostics = policyDiagnostics(fixture.text, path: name)
        let code = String(name.prefix(5))
        #expect(diagnostics.map(\.code) == [code], "\(diagnostics)")
        #expect(diagnostics.map(\.position) == fixture.positions, "\(diagnostics)")
        #expect(diagnostics.allSatisfy { $0.severity == .error && $0.location.file == name })
    }

    @Test func everyMistakeIsReportedInOnePass() throws {
        let fixture = try #require(MarkedText(fixture: "diagnostics/many-mistakes.yaml"))
        let diagnostics = policyDiagnostics(fixture.text)
        #expect(diagnostics.map(\.code) == ["SD017", "SD015", "SD010", "SD011", "SD002"])
        #expect(diagnostics.map(\.position) == fixture.positions)
    }

    @Test func aMisspeltKeyGetsADidYouMean() throws {
        let fixture = try #require(MarkedText(fixture: "diagnostics/SD002-unknown-key.yaml"))
        let diagnostic = try #require(policyDiagnostics(fixture.text).first)
        #expect(diagnostic.description.contains("unknown key 'becuase' in a rule"))
        #expect(diagnostic.hint == "did you mean 'because'?")
    }

    @Test func theBasePolicyLoads() throws {
        let fixture = try #require(MarkedText(fixture: "base-policy.yaml"))
        let policy = try Policy(text: fixture.text, path: "base-policy.yaml")
        #expect(policy.rules.map(\.id) == ["harm-police", "abuse-police"])
        #expect(policy.schema.ids == ["imminent_harm", "consent_to_share", "abuse_types", "financial_loss_gbp", "aware_at"])
        #expect(policy.sha256.count == 64)
    }

    @Test func aMissingFileIsReportedNotCrashed() {
        #expect(throws: DiagnosticError.self) { try Policy.load(path: "/no/such/policy.yaml") }
    }
}
