import Foundation

/// How output looks: colour only on a terminal and never with `NO_COLOR`; Unicode bars unless
/// `--plain` (for screen readers) or `NO_COLOR`; lines wrapped to the terminal's width.
struct Style: Sendable {
    var colour: Bool
    var unicode: Bool
    var width: Int

    /// Decides from the environment and whether standard output is a terminal.
    static func detect(plain: Bool) -> Style {
        let environment = ProcessInfo.processInfo.environment
        let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let terminal = isatty(STDOUT_FILENO) == 1 && environment["TERM"] != "dumb"
        return Style(colour: terminal && !noColour && !plain, unicode: !plain && !noColour, width: terminalWidth())
    }

    static func terminalWidth() -> Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 {
            return min(Int(size.ws_col), 100)
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 { return min(columns, 100) }
        return 80
    }

    func bold(_ text: String) -> String { colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    func dim(_ text: String) -> String { colour ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
    func red(_ text: String) -> String { colour ? "\u{1B}[31m\(text)\u{1B}[0m" : text }
    func green(_ text: String) -> String { colour ? "\u{1B}[32m\(text)\u{1B}[0m" : text }
    func amber(_ text: String) -> String { colour ? "\u{1B}[33m\(text)\u{1B}[0m" : text }

    /// Wraps `text` to the width, keeping its paragraphs, indenting every line by `indent` and lines
    /// after the first of each paragraph by `hanging` more.
    func wrap(_ text: String, indent: Int = 0, hanging: Int = 0) -> String {
        let lead = String(repeating: " ", count: indent)
        let available = max(20, width - indent)
        var output: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var first = true
            for word in paragraph.split(separator: " ") {
                let limit = first ? available : available - hanging
                if !line.isEmpty, line.count + 1 + word.count > limit {
                    output.append(lead + (first ? "" : String(repeating: " ", count: hanging)) + line)
                    line = String(word)
                    first = false
                } else {
                    line += (line.isEmpty ? "" : " ") + word
                }
            }
            output.append(line.isEmpty ? "" : lead + (first ? "" : String(repeating: " ", count: hanging)) + line)
        }
        return output.joined(separator: "\n")
    }

    /// `text` on one line of the width, indented by `indent`, cut with an ellipsis when too long.
    func clip(_ text: String, indent: Int) -> String {
        let available = max(20, width - indent)
        let ellipsis = unicode ? "…" : "..."
        let line = text.count <= available ? text : String(text.prefix(available - ellipsis.count)).trimmingCharacters(in: .whitespaces) + ellipsis
        return String(repeating: " ", count: indent) + line
    }

    /// A bar of `fraction` (0 to 1) in `cells` cells: blocks on a terminal, #/. in plain text.
    func bar(_ fraction: Double, cells: Int = 20) -> String {
        let filled = Int((max(0, min(1, fraction)) * Double(cells)).rounded())
        return unicode
            ? String(repeating: "█", count: filled) + String(repeating: "░", count: cells - filled)
            : "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: cells - filled) + "]"
    }
}
