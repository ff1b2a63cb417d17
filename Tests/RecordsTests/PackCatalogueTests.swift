import Foundation
import Records
import Testing

@Suite("packs.yaml")
struct PackCatalogueTests {
    @Test func theBundledPacksFileHasTheInductionPack() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Scoring/packs.yaml").path
        let pack = try #require(try PackCatalogue.load(path: path).pack("digital-safeguarding-induction"))
        #expect(pack.scenarios.sorted() == ["coercive-texting", "scam-link", "staff-boundary-breach"])
        #expect(pack.validityMonths == 12)
    }

    @Test func anUnknownMethodIsADiagnosticAtItsLine() {
        let text = "format: safedrill-packs/1\npacks:\n  - id: x\n    scenarios: [a]\n    methods: [guessing]\n"
        #expect(throws: DiagnosticErrorMatcher.self) { try DiagnosticErrorMatcher.run(text) }
    }
}

/// Turns the typed throw into a plain one the test can match, keeping the message checked.
struct DiagnosticErrorMatcher: Error {
    static func run(_ text: String) throws {
        do {
            _ = try PackCatalogue.parse(text: text, path: "packs.yaml")
        } catch {
            #expect(error.description.contains("packs.yaml:5:") && error.description.contains("unknown method 'guessing'"))
            throw DiagnosticErrorMatcher()
        }
    }
}
