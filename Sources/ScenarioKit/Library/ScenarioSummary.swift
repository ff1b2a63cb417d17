import Foundation

/// One line of the scenario catalogue (`safedrill list`): what a supervisor needs to pick a scenario.
/// Encodes with the JSON keys of DESIGN.md §4 (`source` is for the Markdown index, not the JSON).
public struct ScenarioSummary: Sendable, Hashable, Encodable {
    /// The scenario id (its file name).
    public var id: String
    /// What trainees see in the list.
    public var title: String
    /// Where it takes place, e.g. `supported-living`.
    public var setting: String
    /// Who it is for, e.g. `care-worker`.
    public var audience: [String]
    /// The workflow stages reachable nodes exercise, in workflow order.
    public var stages: [WorkflowStage]
    /// Nodes where the trainee answers something (all but endings).
    public var decisionNodes: Int
    /// Ending nodes, whatever their outcome.
    public var endings: Int
    /// The author's `minutes`, else 1.5 minutes per decision node on the longest loop-free route, rounded.
    public var minutes: Int
    /// The domain text the scenario draws on.
    public var source: String

    enum CodingKeys: String, CodingKey {
        case id, title, setting, audience, stages, decisionNodes = "decision_nodes", endings, minutes
    }

    /// Minutes a trainee spends on one decision node, for estimates when the author gives none.
    public static let minutesPerDecision = 1.5

    /// The summary of `scenario`.
    public init(_ scenario: Scenario) {
        let graph = ScenarioGraph(scenario)
        let reach = graph.reach()
        id = scenario.id
        title = scenario.title
        setting = scenario.setting
        audience = scenario.audience
        stages = Set(reach.order.compactMap { scenario.nodes[$0].stage }).sorted()
        decisionNodes = scenario.nodes.count { $0.isDecision }
        endings = scenario.nodes.count { !$0.isDecision }
        minutes = scenario.minutes ?? Int((Double(graph.longestDecisionRoute()) * Self.minutesPerDecision).rounded())
        source = scenario.source
    }
}
