/// Whether a rule can raise an escalation in an incident the escalation is not about: its `about`
/// condition false, the rule true or unknown. The DBS case: a scam with no staff involved came out
/// "DBS: consult" only because nobody knew whether a staff member had been removed.
struct Relevance {
    let policy: Policy
    let budget: Int

    /// Whether some incident makes `about` false and the rule's condition not false; nil over budget.
    func canFireOutside(rule: Int, about: Condition) -> Bool? {
        let compiled = policy.storage.compiled
        let scope = CompiledCondition(about, encoders: compiled.encoders)
        let condition = compiled.conditions[rule]
        var search = AssignmentSearch(space: FactSpace([scope, condition], encoders: compiled.encoders), budget: budget)
        let ending = search.run { facts, place in
            let inScope = scope.evaluate(facts), fires = condition.evaluate(facts)
            if place.real, inScope == CompiledCondition.falseTruth, fires != CompiledCondition.falseTruth { return .stop }
            if place.complete { return .prune }
            guard place.conclusive else { return .descend }
            // Settled in scope, or settled not to fire: nothing below can be a case.
            if inScope != CompiledCondition.unknownTruth && inScope != CompiledCondition.falseTruth { return .prune }
            if fires == CompiledCondition.falseTruth { return .prune }
            return .descend
        }
        switch ending {
        case .stopped: return true
        case .exhausted: return false
        case .overBudget: return nil
        }
    }
}
