import Foundation

extension Policy {
    /// The `format` line a policy file starts with.
    public static let format = "safedrill-policy/1"

    /// The datetime fact that deadlines count from: when the service first knew.
    public static let awareAtFact = "aware_at"

    /// Reads and checks the policy file at `path`.
    /// - Throws: every problem found in one pass, each at its exact line and column.
    public static func load(path: String) throws(DiagnosticError) -> Policy {
        let start = SourceLocation(file: path, line: 1, column: 1)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticError(Diagnostic(
                .error, "SD001", "cannot read the policy file",
                hint: "check the path, or pass another policy with --policy", at: start))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticError(Diagnostic(.error, "SD001", "the policy file is not UTF-8 text", hint: "save it as UTF-8", at: start))
        }
        return try Policy(text: text, path: path, sha256: ContentHash.sha256(data))
    }

    /// Reads and checks policy text; `path` is used in diagnostics. The hash is of the text's UTF-8 bytes.
    /// - Throws: every problem found in one pass, each at its exact line and column.
    public init(text: String, path: String) throws(DiagnosticError) {
        try self.init(text: text, path: path, sha256: ContentHash.sha256(text))
    }

    init(text: String, path: String, sha256: String) throws(DiagnosticError) {
        let document = try YAMLDocument(text: text, path: path)
        var reader = PolicyReader(document: document)
        let policy = reader.read(sha256: sha256)
        guard let policy, !reader.diagnostics.hasErrors else { throw DiagnosticError(reader.diagnostics) }
        self = policy
    }
}
