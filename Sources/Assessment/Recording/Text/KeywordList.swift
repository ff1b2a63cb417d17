import Foundation

/// Whether a stretch of text is a bare list of keywords rather than sentences: five words or more
/// with fewer than one in seven of them small words ("the", "she", "to", "was") that hold a sentence together.
/// A short labelled field ("Present: Ivy and me.") is not a list; its content is judged like any
/// other text, so "Keywords: WhatsApp, police, scared, ..." still is one.
enum KeywordList {
    static let functionWords: Set<String> = [
        "the", "a", "an", "to", "of", "in", "on", "at", "and", "but", "or", "he", "she", "they", "i", "me", "her", "him", "his",
        "their", "them", "we", "us", "you", "my", "our", "your", "it", "its", "was", "were", "is", "are", "be", "been", "had", "has",
        "have", "do", "did", "does", "not", "no", "that", "this", "with", "for", "from", "by", "as", "if", "so", "than", "then",
        "there", "which", "while", "because", "about", "into", "after", "before", "up", "out", "will",
        "would", "can", "could", "should", "may", "might", "must", "just", "only", "also", "all", "any", "some", "each", "again",
        "he's", "she's", "i'm", "it's", "don't", "didn't", "can't", "won't", "hasn't", "haven't", "isn't", "wasn't",
    ]
    private static let word: NSRegularExpression? = try? NSRegularExpression(pattern: #"[A-Za-z][A-Za-z'’]*"#)

    /// Lowercased words of `text`, apostrophes normalised.
    static func words(_ text: String) -> [String] {
        guard let word else { return [] }
        let ns = text as NSString
        return word.matches(in: text, range: NSRange(location: 0, length: ns.length)).map {
            ns.substring(with: $0.range).lowercased().replacingOccurrences(of: "’", with: "'")
        }
    }

    /// `masked` is `text` with quotations blanked, so a long quotation does not hide a list.
    static func isList(_ text: String, masked: String) -> Bool {
        let all = contentWords(masked)
        guard all.count >= 5, ratio(all) < 0.15 else { return false }
        return !hasPhrase(masked)
    }

    /// Telegraphic notes are low in small words too ("bruises seen on 14/04 at 08:20, body map
    /// attached"), but they still hold phrases: a stretch between commas of five words or more, one
    /// in five of them small words. A keyword list has none.
    private static func hasPhrase(_ masked: String) -> Bool {
        masked.split(whereSeparator: { ",;/\n".contains($0) }).contains { run in
            let words = contentWords(String(run))
            return words.count >= 5 && ratio(words) >= 0.2
        }
    }

    /// Whether `masked` reads as a sentence: four words or more, enough of them small words.
    static func readsAsSentence(_ masked: String) -> Bool {
        let all = contentWords(masked)
        return all.count >= 4 && ratio(all) >= 0.15
    }

    private static func contentWords(_ masked: String) -> [String] { words(masked).filter { !$0.allSatisfy { $0 == "x" } } }
    private static func ratio(_ words: [String]) -> Double { Double(words.filter(functionWords.contains).count) / Double(words.count) }
}
