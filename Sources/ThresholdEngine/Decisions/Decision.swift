import Foundation

/// What a policy says for one incident: every escalation's status, deadline and reasons, and the
/// facts worth finding out next.
///
/// Deciding stores only each rule's truth and each escalation's status; the detailed views below are
/// built when read.
public struct Decision: Sendable {
    /// The policy that decided.
    public let policy: Policy
    /// The facts decided on, as prepared for the policy.
    public let prepared: PreparedFacts
    /// The time the decision was made at.
    public let clock: Date
    @usableFromInline let trace: DecisionTrace

    /// Each rule's truth, in the policy's rule order: `true` fired, `unknown` fired as consult.
    public var ruleTruths: [Truth] { policy.rules.indices.map(trace.truth(ofRule:)) }

    /// The facts decided on, by schema slot.
    public var facts: FactVector { prepared.vector }

    /// When the service first knew (`aware_at`), if known.
    public var awareAt: Date? {
        guard let slot = policy.storage.compiled.awareAtSlot, case .datetime(let date)? = facts.values[slot] else { return nil }
        return date
    }

    /// Where deadlines count from: `aware_at`, or the clock when it is unknown.
    public var deadlineStart: Date { awareAt ?? clock }

    /// The status of the escalation with this id; nil when the policy has no such escalation.
    public func status(of escalation: String) -> EscalationStatus? {
        policy.storage.escalationSlots[escalation].map(status(at:))
    }

    /// The status of the escalation at `position` in `policy.escalations`: the allocation-free read
    /// for callers that decide many times.
    @inlinable
    public func status(at position: Int) -> EscalationStatus { trace.status(ofEscalation: position) }

    /// Every escalation's status, in the policy's order.
    public var statuses: [EscalationStatus] { policy.escalations.indices.map(status(at:)) }

    /// The rules that fired (condition true or unknown), in the policy's order.
    public var firedRules: [Rule] {
        zip(policy.rules, ruleTruths).compactMap { $1 == .false ? nil : $0 }
    }

    /// Every escalation in the policy's order, with its status, deadline, due time and reasons.
    public var escalations: [EscalationDecision] {
        let readings = RuleReadings(self)
        return policy.escalations.indices.map { escalation(at: $0, readings) }
    }

    /// The unknown facts that leave some rule undecided, in schema order; `aware_at` too when it is
    /// unknown and a due time had to be counted from the clock.
    public var missingFacts: [String] { reportParts().missingFacts }

    /// Every escalation and the missing facts, from one reading of the rules, as a report needs them.
    func reportParts() -> (escalations: [EscalationDecision], missingFacts: [String]) {
        let readings = RuleReadings(self)
        let escalations = policy.escalations.indices.map { escalation(at: $0, readings) }
        return (escalations, missingFacts(escalations: escalations, readings))
    }

    /// Each rule's truth, and for each rule left unknown the slots of the unknown facts that would
    /// decide it: worked out once per decision, not once per escalation.
    struct RuleReadings {
        let truths: [Truth]
        let undeciding: [Set<Int>]

        init(_ decision: Decision) {
            let facts = decision.facts
            truths = decision.ruleTruths
            undeciding = zip(decision.policy.rules, truths).map { rule, truth in
                truth == .unknown ? Set(rule.when.undecidingFacts(in: facts).map(\.slot)) : []
            }
        }
    }

    private func missingFacts(escalations: [EscalationDecision], _ readings: RuleReadings) -> [String] {
        var missing = readings.undeciding.reduce(into: Set<Int>()) { $0.formUnion($1) }
        let timed = escalations.contains { $0.deadline.map { $0 != .withoutDelay } ?? false }
        if let slot = policy.storage.compiled.awareAtSlot, awareAt == nil, timed {
            missing.insert(slot)
        }
        return factIDs(missing)
    }

    private func escalation(at slot: Int, _ readings: RuleReadings) -> EscalationDecision {
        let escalation = policy.escalations[slot]
        let rules = policy.rules
        var fired: [FiredRule] = []
        var findOut = Set<Int>()
        for (index, outcomeIndex) in policy.storage.compiled.outcomesByEscalation[slot] where readings.truths[index] != .false {
            let truth = readings.truths[index]
            let ruleOutcome = rules[index].outcomes[outcomeIndex]
            let undeciding = readings.undeciding[index]
            findOut.formUnion(undeciding)
            fired.append(FiredRule(
                id: rules[index].id, truth: truth, status: truth == .true ? ruleOutcome.status : .consult,
                deadline: ruleOutcome.deadline ?? escalation.deadline, because: rules[index].because, source: rules[index].source,
                findOut: factIDs(undeciding)))
        }
        let status = status(at: slot)
        // The strongest outcome's deadline; among equally strong ones, the earliest.
        let deadline = fired.filter { $0.status == status }.map(\.deadline).min()
        return EscalationDecision(
            escalation: escalation, status: status, deadline: deadline,
            due: deadline?.due(from: deadlineStart), rules: fired,
            findOut: factIDs(findOut))
    }

    /// Fact ids for slots, in schema order.
    private func factIDs(_ slots: Set<Int>) -> [String] {
        slots.sorted().map { policy.schema.definitions[$0].id }
    }
}
