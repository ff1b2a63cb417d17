import Foundation

/// How a free-text record is marked: elements a good record contains, and phrases that weaken it
/// (vague or speculative wording). From `Scoring/recording.yaml`.
public struct RecordingRubric: Sendable, Hashable, Identifiable {
    /// Something a good record contains, recognised by any of its patterns in a clause that states it.
    public struct Element: Sendable, Hashable, Identifiable {
        public var id: String
        public var label: String
        public var points: Double
        /// Any one of these, matched inside a single clause, meets the element.
        public var patterns: [TextPattern]
        /// When true (the default), a match in a negated clause ("did not call the police") does not count.
        public var negatable: Bool = true
        /// The clause's sentence must also match one of these (outside quotations); empty means no condition.
        public var needs: [TextPattern] = []
        /// A clause matching one of these (outside quotations) never meets the element: the recorder
        /// speaking ("I said ...") for the person's own words, say.
        public var unless: [TextPattern] = []
        /// When true, a person's name in a clause meets the element too.
        public var names: Bool = false

        /// An element; the optional keys default as in `Scoring/recording.yaml`.
        public init(id: String, label: String, points: Double, patterns: [TextPattern], negatable: Bool = true, needs: [TextPattern] = [], unless: [TextPattern] = [], names: Bool = false) {
            self.id = id
            self.label = label
            self.points = points
            self.patterns = patterns
            self.negatable = negatable
            self.needs = needs
            self.unless = unless
            self.names = names
        }
    }

    public var id: String
    public var title: String
    public var elements: [Element]
    /// Each penalty found costs its points.
    public var penalties: [Element]

    /// The points a record earns when it has every element and no penalty.
    public var maximum: Double { elements.reduce(0) { $0 + $1.points } }
}

/// A case-insensitive regular expression from a rubric, compiled once.
public struct TextPattern: @unchecked Sendable, Hashable {
    public let source: String
    // NSRegularExpression is immutable once made, so sharing it across threads is safe.
    private let expression: NSRegularExpression

    /// Nil when the pattern is not a valid regular expression.
    public init?(_ source: String) {
        guard let expression = try? NSRegularExpression(pattern: source, options: [.caseInsensitive]) else { return nil }
        self.source = source
        self.expression = expression
    }

    /// Every match inside `range` of `text` (UTF-16 ranges), in order.
    public func matches(in text: String, range: NSRange) -> [NSRange] {
        expression.matches(in: text, range: range).map(\.range)
    }

    /// The first text matching the pattern, if any.
    public func firstMatch(in text: String) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = expression.firstMatch(in: text, range: range), let found = Range(match.range, in: text) else { return nil }
        return String(text[found])
    }

    public static func == (lhs: TextPattern, rhs: TextPattern) -> Bool { lhs.source == rhs.source }
    public func hash(into hasher: inout Hasher) { hasher.combine(source) }
}
