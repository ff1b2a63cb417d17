import Foundation

/// What a moderator looks at: each free-text answer of a finished assessment with, per rubric
/// element, its mark as it stands (the marker's, or the latest moderation's) and the words that met it.
public struct ModerationSheet: Sendable, Hashable {
    public var attempt: Attempt
    public var answers: [Answer]
    /// The attempt's outcome and score as they stand, with every moderation so far applied.
    public var outcome: Attempt.Outcome
    public var percent: Double

    /// One free-text answer.
    public struct Answer: Sendable, Hashable {
        /// The `record` node it was given at.
        public var nodeID: String
        /// What the trainee was asked to write.
        public var prompt: String
        public var text: String
        public var elements: [Element]
        /// True once any element of it has been moderated.
        public var isModerated: Bool { elements.contains { $0.moderation != nil } }
    }

    /// One rubric element of an answer.
    public struct Element: Sendable, Hashable {
        public var id: String
        public var label: String
        /// Met as the mark stands now.
        public var met: Bool
        /// The marker's own mark, before any moderation.
        public var markedMet: Bool
        /// The words that met it, when the marker found some.
        public var words: String?
        /// The latest moderation of it, if any.
        public var moderation: Moderation?
    }
}

/// One judgement a moderator makes: the element of the answer at a node is met or not, and why.
public struct ElementJudgement: Sendable, Hashable {
    public var nodeID: String
    public var elementID: String
    public var met: Bool
    public var reason: String

    public init(nodeID: String, elementID: String, met: Bool, reason: String) {
        self.nodeID = nodeID
        self.elementID = elementID
        self.met = met
        self.reason = reason
    }
}
