import Assessment
import ScenarioKit

extension AnswerReplay {
    /// What `scorer` makes of the replayed attempt with the supervisors' `overrides`, as `finish`
    /// stores it; nil while the replay has not reached an ending.
    public func result(by scorer: Scorer, overrides: [RecordedOverride]) -> AttemptResult? {
        guard case .ending(let ending, _)? = session.node?.kind else { return nil }
        return scorer.mark(session.scenario, steps: session.steps, ending: ending, overrides: Self.byNode(overrides))
    }

    /// The override that counts at each node: the latest given there.
    static func byNode(_ overrides: [RecordedOverride]) -> [String: ScoreOverride] {
        overrides.reduce(into: [:]) { $0[$1.nodeID] = ScoreOverride(percent: $1.percent, reason: $1.reason, author: $1.author) }
    }
}
