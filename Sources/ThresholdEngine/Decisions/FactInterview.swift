import Foundation

/// The questions `assess` asks, one at a time, in schema order, skipping those whose answer could no
/// longer change any rule. A pure state machine: the terminal reads answers, this decides what next.
public struct FactInterview: Sendable {
    /// The policy whose questions are asked.
    public let policy: Policy
    /// What is known so far.
    public private(set) var facts: Facts
    /// The facts already asked about, answered or not.
    public private(set) var asked: Set<String> = []

    /// Starts an interview, optionally with facts already known (those are not asked again).
    public init(policy: Policy, facts: Facts = Facts()) {
        self.policy = policy
        self.facts = facts
        asked = Set(facts.values.keys)
    }

    /// The next fact worth asking about, or nil when no answer could change the decision.
    ///
    /// A fact is worth asking when some rule is still undecided because of it. `aware_at` is always
    /// asked: every due time counts from it. Facts read by `known(...)` are asked while unknown,
    /// since learning them can turn a decided rule around.
    public func nextQuestion(at clock: Date) -> FactDefinition? {
        let decision = policy.decide(facts, at: clock)
        var open = Set<String>()
        for (rule, truth) in zip(policy.rules, decision.ruleTruths) {
            if truth == .unknown { open.formUnion(rule.when.undecidingFacts(in: facts).map(\.id)) }
            open.formUnion(rule.when.knownTests)
        }
        return policy.schema.definitions.first { definition in
            guard !asked.contains(definition.id) else { return false }
            return open.contains(definition.id) || (definition.id == Policy.awareAtFact && definition.type == .datetime)
        }
    }

    /// Records an answer; nil means "not known", and the question is not asked again.
    public mutating func answer(_ id: String, with value: FactValue?) {
        asked.insert(id)
        facts[id] = value
    }
}

extension Condition {
    /// The facts this condition tests with `known(...)`.
    fileprivate var knownTests: [String] {
        switch self {
        case .known(let fact): [fact.id]
        case .not(let inner): inner.knownTests
        case .and(let parts), .or(let parts): parts.flatMap(\.knownTests)
        default: []
        }
    }
}
