/// A depth-first walk over the combinations of a `FactSpace`, pruning a branch as soon as the
/// conditions are settled for everything below it. Exact, not sampled: when it finishes, every
/// combination has been accounted for. It gives up after a budget of steps.
struct AssignmentSearch {
    /// What the visitor makes of a combination (partial above the leaves).
    enum Verdict {
        /// Nothing below can matter.
        case prune
        /// Look further down.
        case descend
        /// The question is answered; end the search.
        case stop
    }

    /// How a search ended.
    enum Ending: Equatable {
        /// Every combination was accounted for without a stop.
        case exhausted
        /// The visitor answered the question.
        case stopped
        /// Too many combinations: no answer.
        case overBudget
    }

    let space: FactSpace
    var budget: Int

    /// Walks the space. `visit` gets the facts so far (unchosen ones unknown), whether the
    /// combination is complete, and whether partial combinations are conclusive yet.
    mutating func run(_ visit: (UnsafeBufferPointer<EncodedFact>, _ complete: Bool, _ conclusive: Bool) -> Verdict) -> Ending {
        var facts = [EncodedFact](repeating: .unknown, count: max(1, space.slotCount))
        var ending = Ending.exhausted
        facts.withUnsafeMutableBufferPointer { buffer in
            ending = walk(depth: 0, buffer, visit)
        }
        return ending
    }

    private mutating func walk(
        depth: Int, _ facts: UnsafeMutableBufferPointer<EncodedFact>,
        _ visit: (UnsafeBufferPointer<EncodedFact>, Bool, Bool) -> Verdict
    ) -> Ending {
        budget -= 1
        if budget < 0 { return .overBudget }
        let complete = depth == space.variables.count
        switch visit(UnsafeBufferPointer(facts), complete, depth >= space.monotoneFrom) {
        case .stop: return .stopped
        case .prune: return .exhausted
        case .descend: if complete { return .exhausted }
        }
        let variable = space.variables[depth]
        let saved = facts[variable.slot]
        for choice in variable.choices {
            switch choice {
            case .value(let value):
                facts[variable.slot] = value
            case .member(let bit, let present):
                // An unknown set has no members to settle: walk on once, unchanged.
                guard saved.known else {
                    if present { continue }
                    break
                }
                facts[variable.slot].decided = saved.decided | bit
                facts[variable.slot].bits = present ? saved.bits | bit : saved.bits & ~bit
            }
            let ending = walk(depth: depth + 1, facts, visit)
            facts[variable.slot] = saved
            if ending != .exhausted { return ending }
        }
        return .exhausted
    }
}
