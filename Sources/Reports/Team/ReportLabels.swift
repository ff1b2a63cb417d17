import Assessment
import ScenarioKit
import ThresholdEngine

/// The words a reader knows things by: an escalation's label in the threshold policy and a
/// scenario's title, in place of their ids. An id missing from both (a scenario since removed, an
/// escalation from an older policy) reads as itself.
public struct ReportLabels: Sendable, Hashable {
    public var escalations: [String: String]
    public var scenarios: [String: String]

    /// Ids only.
    public static let none = ReportLabels(escalations: [:], scenarios: [:])

    /// Labels by escalation id and titles by scenario id.
    public init(escalations: [String: String], scenarios: [String: String]) {
        self.escalations = escalations
        self.scenarios = scenarios
    }

    /// The labels of `library`'s policy and the titles of its scenarios.
    public init(library: TrainingLibrary) {
        self.init(
            escalations: Dictionary(library.policy.escalations.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first }),
            scenarios: Dictionary(library.scenarios.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first }))
    }

    /// The escalation's label in the policy, else its id.
    public func escalation(_ id: String) -> String { escalations[id] ?? id }

    /// The scenario's title, else its id.
    public func scenario(_ id: String) -> String { scenarios[id] ?? id }
}
