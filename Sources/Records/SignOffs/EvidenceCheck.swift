import Foundation

/// What the records hold for each scenario of a pack: the attempt that counts, or why none does.
public struct EvidenceCheck: Sendable, Hashable {
    public var pack: Pack
    public var trainee: String
    public var items: [Item]

    /// One scenario's evidence.
    public struct Item: Sendable, Hashable {
        public var scenarioID: String
        /// The most recent Competent assessment-mode attempt in the window with its free text
        /// moderated, if any; its outcome, percent and result are as moderated.
        public var attempt: Attempt?
        /// Why there is none: "no assessment-mode attempt", "not yet competent", "older than 12 months",
        /// or an attempt whose free text awaits moderation, named with the command that moderates it.
        public var problem: String?
    }

    /// True when every scenario has an attempt that counts.
    public var isComplete: Bool { items.allSatisfy { $0.attempt != nil } }

    /// The reasons for refusal, one per scenario without evidence.
    public var problems: [String] {
        items.compactMap { item in item.problem.map { "\(item.scenarioID): \($0)" } }
    }
}
