import Foundation

extension Policy {
    /// Decides every escalation for what is known about an incident. Pure and deterministic: the same
    /// facts, policy and clock give the same decision.
    /// - Parameters:
    ///   - facts: what is known; a fact left out is unknown.
    ///   - clock: now; due times count from `aware_at`, or from `clock` when `aware_at` is unknown.
    public func decide(_ facts: Facts, at clock: Date) -> Decision {
        decide(PreparedFacts(facts, for: self), at: clock)
    }

    /// Decides over facts already laid out by this policy's schema slots.
    public func decide(_ facts: FactVector, at clock: Date) -> Decision {
        decide(PreparedFacts(facts, for: self), at: clock)
    }

    /// Decides over facts prepared for this policy: the fast path for callers that decide many times.
    /// Allocates nothing for policies of up to 64 rules and 32 escalations.
    public func decide(_ facts: PreparedFacts, at clock: Date) -> Decision {
        let compiled = storage.compiled
        let rules = compiled.ruleCount, escalations = compiled.escalationCount
        let trace = withUnsafeTemporaryAllocation(of: UInt64.self, capacity: max(1, escalations + (rules + 7) / 8)) { scratch in
            scratch.initialize(repeating: 0)
            let keys = scratch.baseAddress.unsafelyUnwrapped
            let truths = UnsafeMutableRawPointer(keys + escalations).assumingMemoryBound(to: UInt8.self)
            facts.encoded.withUnsafeBufferPointer { encoded in
                compiled.program.run(encoded, truths: truths, keys: keys)
            }
            return DecisionTrace(truths: UnsafeBufferPointer(start: truths, count: rules), keys: UnsafeBufferPointer(start: keys, count: escalations))
        }
        return Decision(policy: self, prepared: facts, clock: clock, trace: trace)
    }
}
