import Foundation

/// Finds the evidence for one rubric element in an answer: the first match of one of its patterns
/// in a clause that is a statement, is not denied by a negation (unless the element says negation
/// does not matter), whose sentence meets the element's `needs`, and that matches none of its `unless`.
struct ElementMatcher {
    let answer: AnswerText
    private let ns: NSString
    private let masked: NSString
    private let quoted: [Bool]

    init(_ answer: AnswerText) {
        self.answer = answer
        ns = answer.text as NSString
        masked = QuotedSpans.masked(ns)
        quoted = QuotedSpans.inside(ns)
    }

    /// The evidence for `element`, or nil when the answer does not state it.
    func evidence(for element: RecordingRubric.Element) -> EvidenceSpan? {
        for clause in answer.clauses where clause.isStatement && accepts(clause, element) {
            for pattern in element.patterns {
                for match in pattern.matches(in: answer.text, range: clause.range) where match.length > 0 {
                    if element.negatable, isDenied(match, in: clause) { continue }
                    return span(match, clause: clause)
                }
            }
            if element.names, let name = PersonName.first(in: ns, range: clause.range),
                !(element.negatable && isDenied(name, in: clause)) {
                return span(name, clause: clause)
            }
        }
        return nil
    }

    /// `needs` and `unless` read the clause with quotations blanked: they judge the recorder's
    /// sentence (who is speaking, what is being shared), not the person's words inside it.
    private func accepts(_ clause: Clause, _ element: RecordingRubric.Element) -> Bool {
        let text = masked as String
        if element.unless.contains(where: { !$0.matches(in: text, range: clause.range).isEmpty }) { return false }
        // `needs` looks at the whole sentence: "Shared: the messages; the times they came" lists
        // what was shared in clauses after the verb.
        return element.needs.isEmpty || element.needs.contains { !$0.matches(in: text, range: clause.sentence).isEmpty }
    }

    /// A whole quotation is the person's words and never negated; a match inside one is judged
    /// within the quotation, anything else within its clause.
    private func isDenied(_ match: NSRange, in clause: Clause) -> Bool {
        let first = ns.character(at: match.location)
        if first == QuotedSpans.straight || first == QuotedSpans.open || first == 0x2018 || first == 0x27 { return false }
        if quoted[match.location] { return Negation.deniesInQuote(match, in: clause.range, text: ns) }
        return Negation.denies(match, in: clause.range, masked: masked)
    }

    private func span(_ range: NSRange, clause: Clause) -> EvidenceSpan {
        let text = answer.text
        let start = Range(range, in: text)?.lowerBound ?? text.startIndex
        return EvidenceSpan(text: ns.substring(with: range), offset: text.distance(from: text.startIndex, to: start), clause: ns.substring(with: clause.range))
    }
}
