/// What a rubric found in one free-text record: each element present or missing, with the words that
/// met it, each weakening phrase found, and the resulting fraction of the rubric's maximum.
///
/// Elements are judged clause by clause (see `AnswerText`): a word appearing is not enough, the
/// clause must state it, not deny it, and not be part of a bare list of keywords.
public struct RecordMarking: Sendable, Hashable {
    /// One element or penalty, and what in the answer decided it.
    public struct Finding: Sendable, Hashable {
        public var id: String
        public var label: String
        public var points: Double
        /// The text that matched, for elements present and penalties found.
        public var evidence: String?
        /// Where the evidence is in the answer, and its clause (elements present only).
        public var span: EvidenceSpan?
    }

    public var rubric: String
    public var present: [Finding]
    public var missing: [Finding]
    public var penalties: [Finding]
    /// True when the answer is a bare list of keywords, which states nothing.
    public var isKeywordList: Bool
    /// 0 to 1.
    public var fraction: Double

    /// Marks `text` against `rubric`: earned points less penalties, over the rubric's maximum.
    /// `moderated` gives, by element id, an assessor's judgement (met or not) that replaces the
    /// marker's: a changed element moves between present and missing, keeping any words found.
    public init(_ text: String, rubric: RecordingRubric, moderated: [String: Bool] = [:]) {
        self.rubric = rubric.id
        let answer = AnswerText(text)
        let matcher = ElementMatcher(answer)
        var present: [Finding] = [], missing: [Finding] = [], penalties: [Finding] = []
        for element in rubric.elements {
            let span = matcher.evidence(for: element)
            let finding = Finding(id: element.id, label: element.label, points: element.points, evidence: span?.text, span: span)
            if moderated[element.id] ?? (span != nil) { present.append(finding) } else { missing.append(finding) }
        }
        for penalty in rubric.penalties {
            if let found = penalty.patterns.lazy.compactMap({ $0.firstMatch(in: text) }).first {
                penalties.append(Finding(id: penalty.id, label: penalty.label, points: penalty.points, evidence: found))
            }
        }
        let earned = present.reduce(0) { $0 + $1.points } - penalties.reduce(0) { $0 + $1.points }
        self.present = present
        self.missing = missing
        self.penalties = penalties
        isKeywordList = answer.isKeywordList
        fraction = rubric.maximum > 0 ? min(1, max(0, earned / rubric.maximum)) : 1
    }
}
