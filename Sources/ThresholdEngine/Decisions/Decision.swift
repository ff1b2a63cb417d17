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
        policy.escalations.indices.map(escalation(at:))
    }

    /// The unknown facts that leave some rule undecided, in schema order; `aware_at` too when it is
    /// unknown and a due time had to be counted from the clock.
    public var missingFacts: [String] { missingFacts(escalations: escalations) }

    /// `missingFacts` for escalations already worked out, so a report does not work them out twice.
    func missingFacts(escalations: [EscalationDecision]) -> [String] {
        var slots = Set<Int>()
        for (rule, truth) in zip(policy.rules, ruleTruths) where truth == .unknown {
            for fact in rule.when.undecidingFacts(in: facts) { slots.insert(fact.slot) }
        }
        let timed = escalations.contains { $0.deadline.map { $0 != .withoutDelay } ?? false }
        if let slot = policy.storage.compiled.awareAtSlot, awareAt == nil, timed {
            slots.insert(slot)
        }
        return factIDs(slots)
    }

    private func escalation(at slot: Int) -> EscalationDecision {
        let escalation = policy.escalations[slot]
        var fired: [FiredRule] = []
        var findOut = Set<Int>()
        for (rule, truth) in zip(policy.rules, ruleTruths) where truth != .false {
            guard let ruleOutcome = rule.outcomes.first(where: { $0.escalation == escalation.id }) else { continue }
            let undeciding = truth == .unknown ? Set(rule.when.undecidingFacts(in: facts).map(\.slot)) : []
            findOut.formUnion(undeciding)
            fired.append(FiredRule(
                id: rule.id, truth: truth, status: truth == .true ? ruleOutcome.status : .consult,
                deadline: ruleOutcome.deadline ?? escalation.deadline, because: rule.because, source: rule.source,
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
