import Foundation

extension Policy {
    /// Decides every escalation for what is known about an incident. Pure and deterministic: the same
    /// facts, policy and clock give the same decision.
    /// - Parameters:
    ///   - facts: what is known; a fact left out is unknown.
    ///   - clock: now; due times count from `aware_at`, or from `clock` when `aware_at` is unknown.
    public func decide(_ facts: Facts, at clock: Date) -> Decision {
        decide(FactVector(facts, schema: schema), at: clock)
    }

    /// Decides over facts already laid out by this policy's schema slots: the fast path for callers
    /// that decide many times.
    public func decide(_ facts: FactVector, at clock: Date) -> Decision {
        let compiled = storage.compiled
        var truths = [Truth](repeating: .false, count: compiled.conditions.count)
        var outcomes = [EscalationOutcome](repeating: .notRequired, count: compiled.escalationCount)
        withUnsafeTemporaryAllocation(of: EncodedFact.self, capacity: max(1, compiled.encoders.count)) { buffer in
            compiled.encode(facts, into: buffer)
            let encoded = UnsafeBufferPointer(buffer)
            for rule in compiled.conditions.indices {
                let code = compiled.conditions[rule].evaluate(encoded)
                // Most rules are false for any one incident: they cost one evaluation and nothing else.
                if code == CompiledCondition.falseTruth { continue }
                let certain = code == CompiledCondition.trueTruth
                truths[rule] = certain ? .true : .unknown
                for index in compiled.ruleOutcomes[rule] {
                    let target = compiled.targets[index]
                    outcomes[target.escalation].raise(to: certain ? target.status : .consult, by: target.deadline)
                }
            }
        }
        return Decision(policy: self, facts: facts, clock: clock, ruleTruths: truths, outcomes: outcomes)
    }
}

/// The strongest status an escalation has reached while deciding, and its earliest deadline.
struct EscalationOutcome: Sendable, Hashable {
    var status: EscalationStatus
    var deadline: Deadline

    static let notRequired = EscalationOutcome(status: .notRequired, deadline: .withoutDelay)

    /// The strongest status wins; among rules of the same strength, the earliest deadline.
    mutating func raise(to status: EscalationStatus, by deadline: Deadline) {
        if status > self.status {
            self.status = status
            self.deadline = deadline
        } else if status == self.status, deadline < self.deadline {
            self.deadline = deadline
        }
    }
}
