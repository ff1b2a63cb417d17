import Foundation

/// How a free-text record is marked: elements a good record contains, and phrases that weaken it
/// (vague or speculative wording). From `Scoring/recording.yaml`.
public struct RecordingRubric: Sendable, Hashable, Identifiable {
    /// Something a good record contains, recognised by any of its patterns.
    public struct Element: Sendable, Hashable, Identifiable {
        public var id: String
        public var label: String
        public var points: Double
        public var patterns: [TextPattern]
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

    /// The first text matching the pattern, if any.
    public func firstMatch(in text: String) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = expression.firstMatch(in: text, range: range), let found = Range(match.range, in: text) else { return nil }
        return String(text[found])
    }

    public static func == (lhs: TextPattern, rhs: TextPattern) -> Bool { lhs.source == rhs.source }
    public func hash(into hasher: inout Hasher) { hasher.combine(source) }
}
