import Foundation
import ThresholdEngine

/// A live decision laid out actions first, as `assess`, the phone page and the case-file summary
/// show it: each required escalation with who, how and by when; then each one to consult with the
/// one question that would settle it; then how many are not needed. Reasons are left to the
/// decision itself (`why CHANNEL`, `--explain`).
public struct ActionChecklist: Sendable {
    /// A required escalation: what to do, who, how, by when.
    public struct Action: Sendable, Hashable {
        /// The escalation's id, what `why` takes.
        public var id: String
        public var label: String
        public var who: String
        /// How to reach them; empty when the policy does not say.
        public var how: String
        public var due: Due
    }

    /// An escalation to weigh up, and the one question whose answer would settle it.
    public struct Consult: Sendable, Hashable {
        public var id: String
        public var label: String
        public var who: String
        public var due: Due
        /// The question to ask, or nil when no single answer settles it (then it is a judgement call).
        public var settle: FactDefinition?
    }

    /// The policy's title (its id when untitled), id and version.
    public let policyTitle: String
    public let policyID: String
    public let policyVersion: String
    /// When the decision was made.
    public let decidedAt: Date
    /// When staff first knew; nil when not known (due times then count from `decidedAt`).
    public let awareAt: Date?
    /// Required escalations, soonest due first, ties in the policy's order.
    public let actions: [Action]
    /// Escalations to consult about, in the policy's order.
    public let consults: [Consult]
    /// The labels of the escalations not needed on what is known.
    public let notRequired: [String]

    /// Lays out `decision`.
    public init(_ decision: Decision) {
        let policy = decision.policy
        policyTitle = policy.title.isEmpty ? policy.id : policy.title
        policyID = policy.id
        policyVersion = policy.version
        decidedAt = decision.clock
        awareAt = decision.awareAt
        let escalations = decision.escalations
        let clock = decision.clock
        actions = escalations.enumerated()
            .filter { $0.element.status == .required }
            .sorted { Due.sortKey($0.element, clock: clock, position: $0.offset) < Due.sortKey($1.element, clock: clock, position: $1.offset) }
            .map { _, item in
                Action(id: item.id, label: item.escalation.label, who: item.escalation.who, how: item.escalation.how, due: Due(item, clock: clock))
            }
        consults = escalations.filter { $0.status == .consult }.map { item in
            Consult(id: item.id, label: item.escalation.label, who: item.escalation.who, due: Due(item, clock: clock), settle: decision.settlingFact(for: item))
        }
        notRequired = escalations.filter { $0.status == .notRequired }.map(\.escalation.label)
    }
}
