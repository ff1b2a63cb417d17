import Foundation

/// Cuts an answer into sentences: at a line break, or at `.`, `!`, `?` outside quotation marks that
/// is followed by a space (or a closing quotation mark and a space), except after abbreviations
/// such as "Dr." and "PC.".
enum SentenceSplitter {
    private static let abbreviations: Set<String> = ["dr", "mr", "mrs", "ms", "pc", "no", "approx", "st", "e.g", "i.e", "ref", "tel"]

    static func sentences(in text: NSString) -> [NSRange] {
        let inside = QuotedSpans.inside(text)
        var result: [NSRange] = []
        var start = 0
        func close(_ end: Int) {
            let range = trimmed(NSRange(location: start, length: end - start), in: text)
            if range.length > 0 { result.append(range) }
            start = end
        }
        var index = 0
        while index < text.length {
            let unit = text.character(at: index)
            if unit == QuotedSpans.newline {
                close(index)
                start = index + 1
            } else if isTerminator(unit), !inside[index] || isClosingQuote(after: index, in: text) {
                var end = index + 1
                while end < text.length, isQuoteMark(text.character(at: end)) { end += 1 }
                if end >= text.length || isSpace(text.character(at: end)), !isAbbreviation(before: index, in: text) {
                    close(end)
                    index = end
                    continue
                }
            }
            index += 1
        }
        close(text.length)
        return result
    }

    private static func isTerminator(_ unit: unichar) -> Bool { unit == 0x2E || unit == 0x21 || unit == 0x3F }
    private static func isQuoteMark(_ unit: unichar) -> Bool { unit == QuotedSpans.straight || unit == QuotedSpans.close }
    private static func isSpace(_ unit: unichar) -> Bool { unit == 0x20 || unit == 0x0A || unit == 0x09 }

    /// A full stop just before the closing mark of a quotation ends the sentence too.
    private static func isClosingQuote(after index: Int, in text: NSString) -> Bool {
        index + 1 < text.length && isQuoteMark(text.character(at: index + 1))
    }

    private static func isAbbreviation(before index: Int, in text: NSString) -> Bool {
        var start = index
        while start > 0, let scalar = Unicode.Scalar(text.character(at: start - 1)), CharacterSet.letters.contains(scalar) || scalar == "." { start -= 1 }
        return abbreviations.contains(text.substring(with: NSRange(location: start, length: index - start)).lowercased())
    }

    static func trimmed(_ range: NSRange, in text: NSString) -> NSRange {
        var lower = range.location, upper = range.location + range.length
        while lower < upper, let scalar = Unicode.Scalar(text.character(at: lower)), CharacterSet.whitespacesAndNewlines.contains(scalar) || scalar == "-" || scalar == "•" { lower += 1 }
        while upper > lower, let scalar = Unicode.Scalar(text.character(at: upper - 1)), CharacterSet.whitespacesAndNewlines.contains(scalar) { upper -= 1 }
        return NSRange(location: lower, length: upper - lower)
    }
}
