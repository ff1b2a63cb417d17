import Foundation

/// A free-text answer cut into sentences and clauses, the units rubric elements are judged on.
///
/// Sentences end at `.`, `!` or `?` outside quotation marks, and at every line break. Clauses are
/// split at `;` and before connectives (`but`, `because`, `, and`, `and she` ...), never inside
/// quotation marks, so that a negation ("I did not call the police") stays with its own clause.
/// A sentence that reads as a bare list of keywords is kept but marked as not a statement.
public struct AnswerText: Sendable {
    /// The answer as written.
    public let text: String
    /// Every clause, in order.
    public let clauses: [Clause]
    /// True when the whole answer is a bare list of keywords: no clause is then a statement.
    public let isKeywordList: Bool

    /// Splits `text` into sentences and clauses.
    public init(_ text: String) {
        self.text = text
        let ns = text as NSString
        let masked = QuotedSpans.masked(ns)
        let sentences = SentenceSplitter.sentences(in: ns)
        // The whole answer is a list when it reads as one and no sentence in it reads as a sentence.
        let wholeList = KeywordList.isList(text, masked: masked as String)
            && !sentences.contains { KeywordList.readsAsSentence((masked as NSString).substring(with: $0)) }
        var clauses: [Clause] = []
        for sentence in sentences {
            let isList = wholeList || KeywordList.isList(ns.substring(with: sentence), masked: (masked as NSString).substring(with: sentence))
            for range in ClauseSplitter.clauses(in: sentence, masked: masked) {
                clauses.append(Clause(range: range, sentence: sentence, isStatement: !isList))
            }
        }
        self.clauses = clauses
        isKeywordList = wholeList
    }

}

/// One clause of an answer: where it is, and whether it is a statement (not part of a keyword list).
public struct Clause: Sendable, Hashable {
    /// UTF-16 range in the answer's text.
    public var range: NSRange
    /// UTF-16 range of the sentence the clause belongs to.
    public var sentence: NSRange
    public var isStatement: Bool
}
