/// Free text typed by people (names, reasons) made safe to open in a spreadsheet.
///
/// A cell, or any line of a multi-line cell, starting with `=`, `+`, `-`, `@` or a tab would be run
/// as a formula by a spreadsheet (or by a tool that splits the file on line breaks), so each such
/// line gets a leading apostrophe. Lines are found on the Unicode scalars, so "\r\n" (one
/// `Character`) is a line break like "\n" and "\r", and a leading carriage return only starts an
/// (empty) line: what follows it is checked as the start of the next.
enum SpreadsheetText {
    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t"]
    private static let lineBreaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"]

    /// `value` with an apostrophe before every line that starts like a formula.
    static func defused(_ value: String) -> String {
        var result = String.UnicodeScalarView()
        var atLineStart = true
        for scalar in value.unicodeScalars {
            if atLineStart, formulaStarts.contains(scalar) { result.append("'") }
            result.append(scalar)
            atLineStart = lineBreaks.contains(scalar)
        }
        return String(result)
    }
}
