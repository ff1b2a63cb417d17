import Foundation

/// Text from people and files (names, answers, scenario text, an LRS's error body) made safe to
/// print. A control character could clear the screen, move the cursor over earlier lines, set the
/// window title or hide what follows, so each one is shown as a JSON-style escape (`\u001b`)
/// instead: readable, and still valid inside JSON output. Line feeds and tabs stay, and so do
/// the few colour codes `Style` writes itself (colour and weight only, harmless whoever sends them).
enum TerminalText {
    /// `Style`'s own escape sequences, after the ESC.
    private static let styleCodes: [[Unicode.Scalar]] = ["[0m", "[1m", "[2m", "[31m", "[32m", "[33m"].map { Array($0.unicodeScalars) }

    /// `text` with every control character but line feed and tab escaped.
    static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\u{1B}", let code = styleCodes.first(where: { scalars[(index + 1)...].starts(with: $0) }) {
                result.append(scalar)
                result.append(contentsOf: code)
                index += 1 + code.count
                continue
            }
            if isControl(scalar) {
                result.append(contentsOf: String(format: "\\u%04x", scalar.value).unicodeScalars)
            } else {
                result.append(scalar)
            }
            index += 1
        }
        return String(result)
    }

    /// C0 controls but line feed and tab, DEL, and the C1 controls (U+009B acts as ESC [ on some terminals).
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }
}

/// Every `print` in this module goes through `TerminalText.safe`: one output boundary, so no
/// command can forget it.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    Swift.print(TerminalText.safe(items.map { "\($0)" }.joined(separator: separator)), terminator: terminator)
}

/// Writes `text` to standard error as it is, but made safe like everything `print` writes.
func printToStandardError(_ text: String) {
    FileHandle.standardError.write(Data(TerminalText.safe(text).utf8))
}
