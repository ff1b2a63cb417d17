import Foundation
import Testing
import ThresholdEngine

/// Hostile shapes of YAML (Fuzz/, issue 16), refused with `SD009` before Yams builds its node tree.
@Suite("YAML shape limits")
struct YAMLShapeTests {
    /// Nested deeper than 100 (libyaml itself stops at 1,000, see below).
    static let deep: [(name: String, text: String, column: Int)] = [
        ("flow lists", String(repeating: "[", count: 500), 101),
        ("flow mappings", String(repeating: "{a: ", count: 100_000), 401),
        ("compact block lists", String(repeating: "- ", count: 50_000) + "x", 201),
    ]

    @Test(arguments: deep.indices)
    func nestingTooDeepIsRefusedBeforeTheTreeIsBuilt(_ index: Int) throws {
        let (name, text, column) = Self.deep[index]
        let error = try #require(throws: DiagnosticError.self, "\(name)") { try YAMLDocument(text: text, path: "deep.yaml") }
        #expect(error.diagnostics.items.map(\.description) == [
            "deep.yaml:1:\(column): error[SD009]: lists and mappings nest more than 100 levels deep here\n"
                + "  hint: a file this deep is almost always a mistake: look for a run of brackets, dashes or indents",
        ])
    }

    /// Neither the brackets (60) nor the block indentation (45 columns) reaches the limit alone,
    /// but together they nest 106 deep: the quick scan that lets ordinary files skip the event
    /// pass must still send this one to it.
    @Test func blockAndFlowNestingAddUp() throws {
        let block = (0..<45).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n")
        let text = block + " " + String(repeating: "[", count: 60) + "x" + String(repeating: "]", count: 60) + "\n"
        let error = try #require(throws: DiagnosticError.self) { try YAMLDocument(text: text, path: "mixed.yaml") }
        #expect(error.diagnostics.items.map(\.code) == ["SD009"])
    }

    /// Past 1,000 levels of brackets libyaml's own limit stops it while it scans ahead, before
    /// any event: a syntax error, also at the start.
    @Test func nestingPastLibYAMLsLimitIsASyntaxError() throws {
        let error = try #require(throws: DiagnosticError.self) { try YAMLDocument(text: String(repeating: "[", count: 100_000), path: "deep.yaml") }
        #expect(error.diagnostics.items.map(\.code) == ["SD001"])
    }

    @Test func nestingAtTheLimitIsRead() throws {
        let text = String(repeating: "[", count: 100) + "x" + String(repeating: "]", count: 100)
        _ = try YAMLDocument(text: text, path: "deep.yaml")
        #expect(throws: DiagnosticError.self) { try YAMLDocument(text: "[" + text + "]", path: "deep.yaml") }
    }

    /// Aliases of aliases: each line repeats the one before ten times, a billion nodes by the ninth.
    static func laughs(levels: Int, asKeys: Bool = false) -> String {
        var lines = ["a0: &a0 [lol]"]
        for level in 1...levels {
            let aliases = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(aliases)]")
        }
        // As a key, Yams hashes the whole repeated tree to look for duplicate keys.
        lines.append(asKeys ? "? *a\(levels)\n: boom" : "boom: *a\(levels)")
        return lines.joined(separator: "\n")
    }

    @Test(arguments: [false, true])
    func aliasesThatMultiplyAreRefused(asKeys: Bool) throws {
        let error = try #require(throws: DiagnosticError.self) { try YAMLDocument(text: Self.laughs(levels: 9, asKeys: asKeys), path: "lol.yaml") }
        let diagnostic = try #require(error.diagnostics.items.first)
        #expect(diagnostic.code == "SD009")
        #expect(diagnostic.message == "aliases repeat more than 100000 nodes in all")
        #expect(diagnostic.location.line == 6)
        #expect(diagnostic.location.column == 25)
    }

    @Test func aFewAliasesAreRead() throws {
        let document = try YAMLDocument(text: Self.laughs(levels: 3), path: "lol.yaml")
        #expect(document.root.mapping?.count == 5)
    }

    @Test func aPolicyNestedTooDeepIsADiagnostic() throws {
        let text = "format: safedrill-policy/1\nfacts: " + String(repeating: "{a: ", count: 200_000)
        let error = try #require(throws: DiagnosticError.self) { try Policy(text: text, path: "deep.yaml") }
        #expect(error.diagnostics.items.map(\.code) == ["SD009"])
        #expect(error.diagnostics.items.first?.location.line == 2)
    }

    /// NUL bytes and other control characters are YAML errors, not crashes.
    @Test(arguments: ["a: \u{0}", "\u{0}\u{0}\u{0}", "a: [\u{0}]", "\"\\0\": \u{1}"])
    func controlCharactersAreSyntaxErrors(_ text: String) throws {
        let error = try #require(throws: DiagnosticError.self) { try YAMLDocument(text: text, path: "nul.yaml") }
        #expect(error.diagnostics.items.map(\.code) == ["SD001"])
    }
}
