import Foundation

/// Whether a match is denied by its clause: "did not call the police", "nobody noticed",
/// "the manager was not told". A negator counts when it comes before the match in the same clause
/// or within three words after it (a passive "was not told"), outside quotation marks. A negator
/// inside the match is part of what the element says ("does not want", "did not share").
enum Negation {
    private static let negator: NSRegularExpression? = try? NSRegularExpression(
        pattern: #"\b(not|never|nobody|nothing|none|neither|nor|without|cannot|no)\b|n['’]t\b"#, options: [.caseInsensitive])

    /// `masked` is the whole answer with quotations blanked; `clause` and `match` are ranges in it.
    static func denies(_ match: NSRange, in clause: NSRange, masked: NSString) -> Bool {
        guard let negator else { return false }
        let after = wordsAfter(match, limit: 3, in: clause, text: masked)
        let scope = NSRange(location: clause.location, length: after - clause.location)
        return negator.matches(in: masked as String, range: scope).contains { found in
            NSIntersectionRange(found.range, match).length == 0
        }
    }

    /// For a match inside the person's quoted words: a negator earlier in the same phrase of the
    /// quotation (back to a comma, full stop or the opening mark) denies it ("he has never hit me").
    static func deniesInQuote(_ match: NSRange, in clause: NSRange, text: NSString) -> Bool {
        guard let negator else { return false }
        var start = match.location
        while start > clause.location, !",;.!?\"“".utf16.contains(text.character(at: start - 1)) { start -= 1 }
        let end = wordsAfter(match, limit: 3, in: clause, text: text)
        return negator.matches(in: text as String, range: NSRange(location: start, length: end - start)).contains { found in
            NSIntersectionRange(found.range, match).length == 0
        }
    }

    /// The end of the `limit` words that follow `match`, or of the clause.
    private static func wordsAfter(_ match: NSRange, limit: Int, in clause: NSRange, text: NSString) -> Int {
        let clauseEnd = clause.location + clause.length
        var index = match.location + match.length, words = 0, inWord = false
        while index < clauseEnd {
            let isLetter = Unicode.Scalar(text.character(at: index)).map { CharacterSet.letters.contains($0) || $0 == "'" || $0 == "’" } ?? false
            if isLetter, !inWord {
                words += 1
                if words > limit { return index }
            }
            inWord = isLetter
            index += 1
        }
        return clauseEnd
    }
}
