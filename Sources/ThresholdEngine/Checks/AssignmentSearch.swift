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

    /// Where the walk is.
    struct Place {
        /// Every variable is chosen.
        var complete: Bool
        /// The facts so far, with the unchosen ones unknown, are a real combination: its truths are exact.
        /// (Not so while a known set still has members to settle.)
        var real: Bool
        /// A settled truth here is settled for everything below (see `FactSpace.monotoneFrom`).
        var conclusive: Bool
    }

    let space: FactSpace
    var budget: Int
    /// Skip "unknown" where the logic is monotone: enough when looking for a true condition, since a
    /// condition true with a fact unknown stays true whatever the fact turns out to be.
    var knownOnly = false

    /// Walks the space, asking `visit` about each place, from the root down.
    mutating func run(_ visit: (UnsafeBufferPointer<EncodedFact>, Place) -> Verdict) -> Ending {
        var facts = [EncodedFact](repeating: .unknown, count: max(1, space.slotCount))
        var ending = Ending.exhausted
        facts.withUnsafeMutableBufferPointer { buffer in
            ending = walk(depth: 0, unsettledMembers: 0, buffer, visit)
        }
        return ending
    }

    private mutating func walk(
        depth: Int, unsettledMembers: Int, _ facts: UnsafeMutableBufferPointer<EncodedFact>,
        _ visit: (UnsafeBufferPointer<EncodedFact>, Place) -> Verdict
    ) -> Ending {
        budget -= 1
        if budget < 0 { return .overBudget }
        let complete = depth == space.variables.count
        let place = Place(complete: complete, real: unsettledMembers == 0, conclusive: depth >= space.monotoneFrom)
        switch visit(UnsafeBufferPointer(facts), place) {
        case .stop: return .stopped
        case .prune: return .exhausted
        case .descend: if complete { return .exhausted }
        }
        let variable = space.variables[depth]
        let saved = facts[variable.slot]
        for choice in variable.choices {
            var unsettled = unsettledMembers
            switch choice {
            case .value(let value):
                if knownOnly, !value.known, depth >= space.monotoneFrom { continue }
                facts[variable.slot] = value
                if value.known { unsettled += variable.members }
            case .member(let bit, let present):
                // An unknown set has no members to settle: walk on once, unchanged.
                guard saved.known else {
                    if present { continue }
                    break
                }
                facts[variable.slot].decided = saved.decided | bit
                facts[variable.slot].bits = present ? saved.bits | bit : saved.bits & ~bit
                unsettled -= 1
            }
            let ending = walk(depth: depth + 1, unsettledMembers: unsettled, facts, visit)
            facts[variable.slot] = saved
            if ending != .exhausted { return ending }
        }
        return .exhausted
    }
}
