import Foundation
import Yams

/// A file of golden cases for a policy (`Scoring/thresholds.tests.yaml`), run by `safedrill policy test`.
public struct PolicyTestSuite: Sendable {
    /// The `format` line a golden-case file starts with.
    public static let format = "safedrill-policy-tests/1"

    /// The file the cases were read from.
    public var path: String
    /// The cases, in file order.
    public var cases: [PolicyTestCase]

    /// Creates a suite from cases already checked.
    public init(path: String, cases: [PolicyTestCase]) {
        self.path = path
        self.cases = cases
    }

    /// The policy the file was written for (its `policy` key, relative to the file), if it names one.
    public static func policyPath(inTestsAt path: String) throws(DiagnosticError) -> String? {
        let document = try YAMLDocument(contentsOf: path)
        guard let name = document.root.mapping?["policy"]?.string, !name.isEmpty else { return nil }
        if name.hasPrefix("/") { return name }
        return URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(name).standardized.path
    }

    /// Reads and checks the golden cases at `path` against `policy`'s facts and escalations.
    /// - Throws: every problem found in one pass, each at its exact line and column.
    public static func load(path: String, policy: Policy) throws(DiagnosticError) -> PolicyTestSuite {
        try read(YAMLDocument(contentsOf: path), policy: policy)
    }

    /// Reads and checks golden cases from text; `path` is used in diagnostics.
    public init(text: String, path: String, policy: Policy) throws(DiagnosticError) {
        self = try Self.read(YAMLDocument(text: text, path: path), policy: policy)
    }

    private static func read(_ document: YAMLDocument, policy: Policy) throws(DiagnosticError) -> PolicyTestSuite {
        var diagnostics = DiagnosticList()
        var cases: [PolicyTestCase] = []
        if let top = YAMLMapping(document.root, in: document, what: "the golden cases", diagnostics: &diagnostics) {
            top.checkKeys(["format", "policy", "cases"], diagnostics: &diagnostics)
            top.checkFormat(format, diagnostics: &diagnostics)
            _ = top.string("policy", diagnostics: &diagnostics)
            if top.value("cases") == nil {
                diagnostics.error("SD003", "the golden cases are missing 'cases'", hint: "add a 'cases:' list", at: top.location)
            }
            var reader = PolicyTestReader(document: document, policy: policy)
            cases = (top.sequence("cases", diagnostics: &diagnostics) ?? []).compactMap { reader.readCase($0, diagnostics: &diagnostics) }
        }
        guard !diagnostics.hasErrors else { throw DiagnosticError(diagnostics) }
        return PolicyTestSuite(path: document.path, cases: cases)
    }
}
