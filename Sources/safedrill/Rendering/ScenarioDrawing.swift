import ScenarioKit

/// What the DOT and Mermaid drawings share: colours per stage and per ending, and how each edge is labelled.
enum ScenarioDrawing {
    /// A pale fill per workflow stage, so the six stages read apart at a glance.
    static func fill(for stage: WorkflowStage) -> String {
        switch stage {
        case .safety: "#fde2e1"
        case .evidence: "#e3f2fd"
        case .timeline: "#ede7f6"
        case .thresholds: "#fff3e0"
        case .safeguards: "#e8f5e9"
        case .review: "#eceff1"
        }
    }

    /// Outline and fill of an ending: green for good, amber for mixed, red for poor.
    static func colours(for ending: EndingKind) -> (line: String, fill: String) {
        switch ending {
        case .good: ("#2e7d32", "#c8e6c9")
        case .mixed: ("#b26a00", "#ffe0b2")
        case .poor: ("#c62828", "#ffcdd2")
        }
    }

    static let critical = "#c62828"

    /// One arrow of the drawing: the choice number a trainee types, and the never-event it is, if any.
    struct Arrow {
        var source: String
        var target: String
        var number: Int?
        var critical: Choice?

        /// `2`, or `3 critical: take-phone` for a never-event; empty for a node's single `goto`.
        var label: String {
            let number = self.number.map(String.init) ?? ""
            guard let critical else { return number }
            return number + " critical: " + critical.id
        }
    }

    /// Every arrow of `scenario`, in node then choice order.
    static func arrows(of scenario: Scenario) -> [Arrow] {
        scenario.nodes.flatMap { node -> [Arrow] in
            if case .choices(let choices) = node.kind {
                return choices.enumerated().map { Arrow(source: node.id, target: $1.goto, number: $0 + 1, critical: $1.critical != nil ? $1 : nil) }
            }
            return node.successors.map { Arrow(source: node.id, target: $0, number: nil, critical: nil) }
        }
    }

    /// Targets of arrows that name no node (a broken scenario), drawn dashed so the author sees them.
    static func missingTargets(of scenario: Scenario) -> [String] {
        let ids = Set(scenario.nodes.map(\.id))
        var seen = Set<String>()
        return arrows(of: scenario).map(\.target).filter { !$0.isEmpty && !ids.contains($0) && seen.insert($0).inserted }
    }

    /// The task a node sets, shown under its id.
    static func task(of node: ScenarioNode) -> String {
        switch node.kind {
        case .choices: ""
        case .escalate: "escalate"
        case .disclose: "disclose"
        case .record: "record"
        case .ending(let kind, _): "ending: " + kind.rawValue
        }
    }
}
