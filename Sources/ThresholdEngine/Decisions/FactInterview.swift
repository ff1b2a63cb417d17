import Foundation

/// The questions `assess` (and the phone page) asks, one at a time: always the unanswered fact whose
/// answer could change the most escalations, ties in the policy's order; a question no answer could
/// change anything with is not asked, and the interview ends when none is left. A pure state machine:
/// the terminal reads answers, this decides what next, and `back` undoes.
public struct FactInterview: Sendable {
    /// The policy whose questions are asked.
    public let policy: Policy
    /// What is known so far.
    public private(set) var facts: Facts
    /// The facts already asked about, answered or not.
    public private(set) var asked: Set<String> = []
    /// The answers in the order they were given, one group per step (a concerns step answers several
    /// facts at once): what `back` walks.
    public private(set) var history: [[String]] = []

    /// A question to put next: one fact, or several concerns asked together ("does any of these apply?").
    public enum Step: Sendable, Hashable {
        case question(FactDefinition)
        /// Yes/no concerns that are "not raised" unless someone says so (facts with `absent: false`),
        /// each of which could change the decision: ticked ones are true, the rest false.
        case concerns([FactDefinition])
    }

    /// Starts an interview, optionally with facts already known (those are not asked again).
    public init(policy: Policy, facts: Facts = Facts()) {
        self.policy = policy
        self.facts = facts
        asked = Set(facts.values.keys)
    }

    /// The next fact worth asking about, or nil when no answer could change the decision.
    ///
    /// `aware_at` is asked once the first question is answered, whatever it could change: every due
    /// time counts from it.
    public func nextQuestion(at clock: Date) -> FactDefinition? {
        ranked(at: clock).first
    }

    /// The next step: like `nextQuestion`, except that when the best question is a concern nobody has
    /// raised yet, every other concern still worth asking comes with it, to be ticked in one go.
    public func nextStep(at clock: Date) -> Step? {
        let questions = ranked(at: clock)
        guard let first = questions.first else { return nil }
        guard Self.isConcern(first) else { return .question(first) }
        let concerns = questions.filter(Self.isConcern)
        return concerns.count == 1 ? .question(first) : .concerns(policy.schema.definitions.filter { concerns.contains($0) })
    }

    /// The facts not asked yet, in the policy's order, whether or not they could change anything:
    /// what `more` asks.
    public var unasked: [FactDefinition] {
        policy.schema.definitions.filter { !asked.contains($0.id) }
    }

    /// How many escalations some answer to `definition` would change, from what is known now.
    public func impact(of definition: FactDefinition, at clock: Date) -> Int {
        let base = policy.decide(facts, at: clock).statuses
        var changed = Set<Int>()
        for value in Self.candidateValues(for: definition, in: policy) {
            var trial = facts
            trial[definition.id] = value
            let statuses = policy.decide(trial, at: clock).statuses
            for index in statuses.indices where statuses[index] != base[index] { changed.insert(index) }
        }
        return changed.count
    }

    /// Records an answer; nil means "not known", and the question is not asked again.
    public mutating func answer(_ id: String, with value: FactValue?) {
        answer([(id, value)])
    }

    /// Records the answers of one step together, so that `back` undoes them together.
    public mutating func answer(_ answers: [(id: String, value: FactValue?)]) {
        let ids = answers.map(\.id)
        for id in ids { forget(id) }
        for (id, value) in answers {
            asked.insert(id)
            facts[id] = value
        }
        history.append(ids)
    }

    /// Undoes the last step, so its questions are asked again; returns their fact ids, empty at the start.
    @discardableResult
    public mutating func back() -> [String] {
        guard let ids = history.popLast() else { return [] }
        for id in ids {
            asked.remove(id)
            facts[id] = nil
        }
        return ids
    }

    /// Forgets the answer to `id` (`change FACT`), so it can be asked again.
    public mutating func reopen(_ id: String) {
        forget(id)
        asked.remove(id)
        facts[id] = nil
    }

    private mutating func forget(_ id: String) {
        history = history.map { $0.filter { $0 != id } }.filter { !$0.isEmpty }
    }

    /// The unanswered questions that could change something, most first, ties in the policy's order.
    private func ranked(at clock: Date) -> [FactDefinition] {
        let awareAt = policy.schema.definitions.first { $0.id == Policy.awareAtFact && $0.type == .datetime }
        if let awareAt, !asked.contains(awareAt.id), !history.isEmpty { return [awareAt] }
        let scored = policy.schema.definitions.enumerated().compactMap { position, definition -> (FactDefinition, Int, Int)? in
            guard !asked.contains(definition.id), definition.type != .datetime else { return nil }
            let impact = impact(of: definition, at: clock)
            return impact > 0 ? (definition, impact, position) : nil
        }
        let ordered = scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.2 < $1.2 }.map(\.0)
        if ordered.isEmpty, let awareAt, !asked.contains(awareAt.id) { return [awareAt] }
        return ordered
    }

    private static func isConcern(_ definition: FactDefinition) -> Bool {
        definition.type == .bool && definition.absent == .bool(false)
    }

    /// The answers worth trying for a fact: every bool and enum value, no set and each single member,
    /// and for a number each figure the policy compares it with and the points around them.
    static func candidateValues(for definition: FactDefinition, in policy: Policy) -> [FactValue] {
        switch definition.type {
        case .bool: return [.bool(true), .bool(false)]
        case .enum: return definition.values.map(FactValue.word)
        case .set: return [.set([])] + definition.values.map { .set([$0]) }
        case .datetime: return []
        case .number:
            var literals = Set<Double>()
            for rule in policy.rules { rule.when.collectNumbers(for: definition.id, into: &literals) }
            let sorted = literals.sorted()
            guard let first = sorted.first, let last = sorted.last else { return [.number(0)] }
            var points = [first - 1, last + 1] + sorted
            for (low, high) in zip(sorted, sorted.dropFirst()) { points.append((low + high) / 2) }
            return points.map(FactValue.number)
        }
    }
}

extension Condition {
    /// The numbers this condition compares `fact` with.
    fileprivate func collectNumbers(for fact: String, into numbers: inout Set<Double>) {
        switch self {
        case .compare(let reference, _, .number(let literal)) where reference.id == fact: numbers.insert(literal)
        case .oneOf(let reference, let literals) where reference.id == fact:
            for case .number(let literal) in literals { numbers.insert(literal) }
        case .not(let inner): inner.collectNumbers(for: fact, into: &numbers)
        case .and(let parts), .or(let parts): for part in parts { part.collectNumbers(for: fact, into: &numbers) }
        default: break
        }
    }
}
