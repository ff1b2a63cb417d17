/// A table written as RFC 4180 CSV: a header row, CRLF line ends, and a field quoted (with its
/// quotes doubled) when it holds a comma, a quote or a line break.
struct CSVTable {
    private(set) var text: String

    init(header: [String]) {
        text = ""
        append(header)
    }

    mutating func append(_ fields: [String]) {
        text += fields.map(Self.field).joined(separator: ",") + "\r\n"
    }

    /// Scalars that make a field need quotes. Looked for among the Unicode scalars, not the
    /// `Character`s: "\r\n" is one `Character`, equal to neither "\r" nor "\n", and a field holding
    /// it unquoted would end the row. NEL and the Unicode line and paragraph separators are quoted
    /// too, since some readers split lines on them.
    private static let needsQuotes: Set<Unicode.Scalar> = [",", "\"", "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"]

    private static func field(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: needsQuotes.contains) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
