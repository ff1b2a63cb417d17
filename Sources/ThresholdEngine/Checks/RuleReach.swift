/// Which truths a rule's condition can take over all combinations of facts (unknown included).
struct RuleReach {
    /// True for some combination: the rule can fire with its own outcomes.
    var canBeTrue: Bool
    /// Unknown for some combination: the rule can fire as `consult`.
    var canBeUnknown: Bool

    /// The rule can fire at all.
    var canFire: Bool { canBeTrue || canBeUnknown }

    /// Searches the facts the condition reads; nil when there are too many combinations to decide.
    init?(_ condition: CompiledCondition, encoders: [FactEncoder], budget: Int) {
        var remaining = budget
        guard let canBeTrue = Self.reaches(CompiledCondition.trueTruth, condition, encoders: encoders, budget: &remaining) else { return nil }
        self.canBeTrue = canBeTrue
        if canBeTrue {
            canBeUnknown = true
        } else {
            guard let canBeUnknown = Self.reaches(CompiledCondition.unknownTruth, condition, encoders: encoders, budget: &remaining) else { return nil }
            self.canBeUnknown = canBeUnknown
        }
    }

    /// Whether some combination gives `target`; nil over budget.
    private static func reaches(_ target: UInt8, _ condition: CompiledCondition, encoders: [FactEncoder], budget: inout Int) -> Bool? {
        var search = AssignmentSearch(space: FactSpace([condition], encoders: encoders), budget: budget)
        search.knownOnly = target == CompiledCondition.trueTruth
        let ending = search.run { facts, place in
            let truth = condition.evaluate(facts)
            if place.real, truth == target { return .stop }
            if place.complete { return .prune }
            // A settled truth stays settled below: nothing else to find here.
            return place.conclusive && truth != CompiledCondition.unknownTruth ? .prune : .descend
        }
        budget = search.budget
        switch ending {
        case .stopped: return true
        case .exhausted: return false
        case .overBudget: return nil
        }
    }
}
