import Foundation

/// Where quotation marks open and close: double straight quotes pair up, curly “ ” open and close.
/// Single quotes are left alone, since they double as apostrophes. A line break ends any quote.
enum QuotedSpans {
    static let straight: unichar = 0x22, open: unichar = 0x201C, close: unichar = 0x201D, newline: unichar = 0x0A

    /// For each UTF-16 unit, whether it lies inside quotation marks (the marks themselves included).
    static func inside(_ text: NSString) -> [Bool] {
        var result = [Bool](repeating: false, count: text.length)
        var quoted = false
        for index in 0..<text.length {
            let unit = text.character(at: index)
            if unit == newline { quoted = false; continue }
            if unit == straight {
                result[index] = true
                quoted.toggle()
            } else if unit == open {
                result[index] = true
                quoted = true
            } else if unit == close {
                result[index] = true
                quoted = false
            } else {
                result[index] = quoted
            }
        }
        return result
    }

    /// The text with every quoted unit replaced by `x`, so that searches for structure (clause
    /// breaks, negation, who is speaking) do not look inside the person's own words.
    static func masked(_ text: NSString) -> NSString {
        let inside = inside(text)
        var units = [unichar](repeating: 0, count: text.length)
        for index in 0..<text.length { units[index] = inside[index] ? 0x78 : text.character(at: index) }
        return NSString(characters: units, length: units.count)
    }
}
