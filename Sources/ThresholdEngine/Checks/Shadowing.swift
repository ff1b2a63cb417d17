/// Whether one rule is fully shadowed by another: whenever it fires, the other fires too, with an
/// outcome at least as strong for each of its escalations and, at equal strength, a deadline no later.
/// Removing a shadowed rule would never change a decision's statuses or deadlines.
struct Shadowing {
    let policy: Policy
    let budget: Int

    /// True when `shadowed` adds nothing that `by` does not; nil when too many combinations to decide.
    func isShadowed(_ shadowed: Int, by other: Int) -> Bool? {
        let rules = policy.rules
        let targets = rules[shadowed].outcomes.map(\.escalation)
        // A rule that reaches an escalation the other does not can never be shadowed by it.
        guard targets.allSatisfy({ target in rules[other].outcomes.contains { $0.escalation == target } }) else { return false }
        let compiled = policy.storage.compiled
        let a = compiled.conditions[shadowed], b = compiled.conditions[other]
        let strengthA = strengths(of: shadowed, for: targets), strengthB = strengths(of: other, for: targets)
        func covered(_ truthA: UInt8, _ truthB: UInt8) -> Bool {
            if truthA == CompiledCondition.falseTruth { return true }
            if truthB == CompiledCondition.falseTruth { return false }
            for index in targets.indices {
                let statusA = truthA == CompiledCondition.trueTruth ? strengthA[index].status : .consult
                let statusB = truthB == CompiledCondition.trueTruth ? strengthB[index].status : .consult
                if statusB < statusA { return false }
                if statusB == statusA, strengthB[index].deadline > strengthA[index].deadline { return false }
            }
            return true
        }
        let alwaysCoveredWhenOtherIsTrue = covered(CompiledCondition.trueTruth, CompiledCondition.trueTruth)
            && covered(CompiledCondition.unknownTruth, CompiledCondition.trueTruth)
        var search = AssignmentSearch(space: FactSpace([a, b], encoders: compiled.encoders), budget: budget)
        let ending = search.run { facts, place in
            let truthA = a.evaluate(facts), truthB = b.evaluate(facts)
            if place.real, !covered(truthA, truthB) { return .stop }
            if place.complete { return .prune }
            guard place.conclusive else { return .descend }
            if truthA == CompiledCondition.falseTruth { return .prune }
            if truthB == CompiledCondition.trueTruth, alwaysCoveredWhenOtherIsTrue { return .prune }
            // Both settled: every combination below gives these same truths.
            if truthA != CompiledCondition.unknownTruth, truthB != CompiledCondition.unknownTruth {
                return covered(truthA, truthB) ? .prune : .stop
            }
            return .descend
        }
        switch ending {
        case .exhausted: return true
        case .stopped: return false
        case .overBudget: return nil
        }
    }

    /// The rule's status and effective deadline for each target escalation.
    private func strengths(of rule: Int, for targets: [String]) -> [(status: EscalationStatus, deadline: Deadline)] {
        targets.map { target in
            let outcome = policy.rules[rule].outcomes.first { $0.escalation == target }
            let deadline = outcome?.deadline ?? policy.escalation(target)?.deadline ?? .withoutDelay
            return (outcome?.status ?? .notRequired, deadline)
        }
    }
}
