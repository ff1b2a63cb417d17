import Foundation

/// Cuts a sentence into clauses at `;` and before connectives, looking only outside quotation marks.
enum ClauseSplitter {
    /// A break falls at the start of each match: the connective begins the next clause.
    private static let breaks: NSRegularExpression? = try? NSRegularExpression(
        pattern: #";\s*|(?<=,)\s+(?=(?:and|so|then|which|but)\b)|\s+(?=(?:but|whereas|although|though|because|while|so that)\b)|\s+(?=and\s+(?:she|he|they|i|we|it|was|did|has|had|is|could|would|can|will|then|did)\b)"#,
        options: [.caseInsensitive])

    static func clauses(in sentence: NSRange, masked: NSString) -> [NSRange] {
        guard let breaks else { return [sentence] }
        var result: [NSRange] = []
        var start = sentence.location
        for match in breaks.matches(in: masked as String, range: sentence) {
            let end = match.range.location
            if end > start { result.append(NSRange(location: start, length: end - start)) }
            start = match.range.location + match.range.length
        }
        let end = sentence.location + sentence.length
        if end > start { result.append(NSRange(location: start, length: end - start)) }
        return result
    }
}
