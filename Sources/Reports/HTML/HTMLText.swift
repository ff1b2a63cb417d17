/// Text from the store (names, free-text answers, comments, reasons) made safe to put in HTML or
/// inline SVG, in element content and in quoted attributes alike.
public enum HTMLText {
    /// `text` with `& < > " '` replaced by their entities.
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
