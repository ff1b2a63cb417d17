import ScenarioKit

/// What a supervisor needs to know to pick a scenario for someone, derived from the scenario and its
/// analysis so an index built from it never drifts: the competencies it practises, and what the
/// threshold policy requires at each escalation decision on the best path.
public struct ScenarioProfile: Sendable, Hashable {
    public var competencies: [String]
    /// One entry per escalate node on the best path: "node: Label; Label".
    public var bestPathEscalations: [String]

    public init(_ scenario: Scenario, scorer: Scorer) {
        var escalations = 0, recipients: [String] = [], rubrics: [String] = [], neverEvents = 0
        for node in scenario.nodes {
            switch node.kind {
            case .escalate: escalations += 1
            case .disclose(let disclosure, _): recipients.append(disclosure.recipient)
            case .record(let task, _): rubrics.append(scorer.rubrics[task.rubric]?.title ?? task.rubric)
            case .choices(let choices): neverEvents += choices.filter { $0.critical != nil }.count
            case .ending: break
            }
        }
        competencies = ["\(escalations) escalation decision\(escalations == 1 ? "" : "s")"]
        competencies += recipients.map { "minimum necessary sharing with \($0)" }
        competencies += Array(Set(rubrics)).sorted().map { "recording: \($0.lowercased())" }
        competencies.append("\(neverEvents) never-events to avoid")
        let analysis = ScoreAnalysis.analyse(scenario, scorer: scorer)
        bestPathEscalations = analysis.bestPath.compactMap { step in
            guard case .escalate? = scenario[step.node]?.kind else { return nil }
            return "\(step.node): \(step.summary)"
        }
    }
}
