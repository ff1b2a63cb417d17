import Assessment
import ScenarioKit

extension AnswerReplay {
    /// What `scorer` makes of the replayed attempt with the supervisors' `overrides`, as `finish`
    /// stores it, and with assessors' `moderations` (in the order made), as each moderation stores
    /// it; nil while the replay has not reached an ending.
    public func result(by scorer: Scorer, overrides: [RecordedOverride], moderations: [Moderation] = []) -> AttemptResult? {
        guard case .ending(let ending, _)? = session.node?.kind else { return nil }
        let moderated = Self.latestModerations(moderations).mapValues { $0.mapValues(\.met) }
        return scorer.mark(session.scenario, steps: session.steps, ending: ending, overrides: Self.byNode(overrides), moderated: moderated)
    }

    /// The moderation that counts for each element, by node then element: the latest made.
    static func latestModerations(_ moderations: [Moderation]) -> [String: [String: Moderation]] {
        moderations.reduce(into: [:]) { $0[$1.nodeID, default: [:]][$1.elementID] = $1 }
    }

    /// The override that counts at each node: the latest given there.
    static func byNode(_ overrides: [RecordedOverride]) -> [String: ScoreOverride] {
        overrides.reduce(into: [:]) { $0[$1.nodeID] = ScoreOverride(percent: $1.percent, reason: $1.reason, author: $1.author) }
    }
}
