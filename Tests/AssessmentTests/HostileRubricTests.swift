import Assessment
import Foundation
import Testing
import ThresholdEngine

/// Hostile rubric files (issue 16, fuzzing the loaders): each is a diagnostic, not a hang or a crash.
@Suite("hostile rubric files")
struct HostileRubricTests {
    static let scoring = Marking.root.appendingPathComponent("Scoring/recording.yaml").path

    @Test func textReadsAsTheFileDoes() throws {
        let text = try String(contentsOfFile: Self.scoring, encoding: .utf8)
        #expect(try RecordingRubrics.load(text: text, path: Self.scoring) == RecordingRubrics.load(path: Self.scoring))
    }

    /// Every pattern list an alias of one before, ten times over: each alias repeats all the
    /// patterns under it, and every repeated pattern was compiled, millions of times.
    @Test func patternsThatAliasesMultiplyAreRefused() throws {
        var lines = ["format: safedrill-recording/1", "lists:", "  - &p0 [\"said\"]"]
        for level in 1...7 {
            lines.append("  - &p\(level) [" + Array(repeating: "*p\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        lines += ["rubrics:", "  - id: r", "    title: R", "    elements:", "      - {id: e, label: E, patterns: *p7}"]
        let error = try #require(throws: DiagnosticError.self) {
            try RecordingRubrics.load(text: lines.joined(separator: "\n"), path: "recording.yaml")
        }
        #expect(error.diagnostics.items.map(\.code) == ["SD009"])
    }

    @Test func rubricsNestedTooDeepAreADiagnostic() throws {
        // The file's own mapping is the first level, so the 100th brace (column 406) goes too deep.
        let text = "format: safedrill-recording/1\nrubrics: " + String(repeating: "{a: ", count: 100_000)
        let error = try #require(throws: DiagnosticError.self) { try RecordingRubrics.load(text: text, path: "recording.yaml") }
        #expect(error.diagnostics.items.map(\.description).first?.hasPrefix("recording.yaml:2:406: error[SD009]:") == true, "\(error.diagnostics.items)")
    }
}
