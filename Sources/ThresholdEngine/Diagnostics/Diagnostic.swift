/// One problem found in a file an author wrote: where, how bad, a stable code, what is wrong and how to fix it.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
    }

    public var location: SourceLocation
    public var severity: Severity
    /// A stable code such as `SD042`, explained in `docs/diagnostics.md`.
    public var code: String
    /// Lowercase, says what is wrong.
    public var message: String
    /// Says what to do about it; may be empty.
    public var hint: String

    public init(_ severity: Severity, _ code: String, _ message: String, hint: String = "", at location: SourceLocation) {
        self.location = location
        self.severity = severity
        self.code = code
        self.message = message
        self.hint = hint
    }

    /// `path:line:col: error[SDxxx]: message`, then `  hint: ...` on its own line when there is one.
    public var description: String { formatted() }

    /// The one printed form of a diagnostic, with the severity word as `label` gives it (plain in
    /// `description`; `validate` colours it on a terminal).
    public func formatted(severityLabel label: (Severity) -> String = \.rawValue) -> String {
        let head = "\(location): \(label(severity))[\(code)]: \(message)"
        return hint.isEmpty ? head : head + "\n  hint: " + hint
    }
}

/// The diagnostics found while reading one or more files, in the order they were found.
public struct DiagnosticList: Sendable, Hashable {
    public private(set) var items: [Diagnostic] = []

    public init(_ items: [Diagnostic] = []) { self.items = items }

    public var hasErrors: Bool { items.contains { $0.severity == .error } }
    public var errors: [Diagnostic] { items.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { items.filter { $0.severity == .warning } }

    public mutating func append(_ diagnostic: Diagnostic) { items.append(diagnostic) }
    public mutating func append(contentsOf other: DiagnosticList) { items.append(contentsOf: other.items) }

    public mutating func error(_ code: String, _ message: String, hint: String = "", at location: SourceLocation) {
        items.append(Diagnostic(.error, code, message, hint: hint, at: location))
    }

    public mutating func warning(_ code: String, _ message: String, hint: String = "", at location: SourceLocation) {
        items.append(Diagnostic(.warning, code, message, hint: hint, at: location))
    }

    /// Sorted by file and position, so output reads top to bottom.
    public var sorted: [Diagnostic] { items.sorted { $0.location < $1.location } }
}

/// Thrown when a file has errors: it carries every diagnostic found, warnings included.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: DiagnosticList

    public init(_ diagnostics: DiagnosticList) { self.diagnostics = diagnostics }

    public init(_ diagnostic: Diagnostic) { self.diagnostics = DiagnosticList([diagnostic]) }

    public var description: String { diagnostics.sorted.map(\.description).joined(separator: "\n") }
}
