import Foundation
import Records
import ScenarioKit
import ThresholdEngine

/// A decision node as an xAPI `cmi.interaction`: a `choice` for choices, escalations and
/// disclosures (the options as components, the answer as their ids joined by `[,]`) and a
/// `long-fill-in` for a written record (the answer as written).
enum XAPIInteraction {
    static let activityType = "http://adlnet.gov/expapi/activities/cmi.interaction"

    /// The activity for `node`; the options come from the scenario as stored with the attempt
    /// and, for escalations, from the threshold policy.
    static func activity(for node: ScenarioNode, in scenario: Scenario, escalations: [Escalation]) -> XAPIActivity {
        let options: [XAPIInteractionComponent]?
        switch node.kind {
        case .choices(let choices):
            options = choices.map { component($0.id, $0.text) }
        case .escalate:
            options = escalations.map { component($0.id, $0.label) }
        case .disclose(let disclosure, _):
            options = disclosure.items.map { component($0.id, $0.text) }
        case .record, .ending:
            options = nil
        }
        let definition = XAPIActivityDefinition(
            name: [XAPIIdentifiers.language: "\(scenario.title): \(node.id)"],
            description: [XAPIIdentifiers.language: node.text.trimmingCharacters(in: .whitespacesAndNewlines)],
            type: activityType,
            interactionType: options == nil ? "long-fill-in" : "choice",
            choices: options)
        return XAPIActivity(id: XAPIIdentifiers.decision(node.id, in: scenario.id), definition: definition)
    }

    /// The stored answer as an xAPI response: the store keeps multi-select ids joined by commas.
    static func response(to answer: RecordedAnswer) -> String {
        switch answer.kind {
        case .escalate, .disclose:
            answer.input.split(separator: ",").joined(separator: "[,]")
        case .choice, .record, .back:
            answer.input
        }
    }

    private static func component(_ id: String, _ text: String) -> XAPIInteractionComponent {
        XAPIInteractionComponent(id: id, description: [XAPIIdentifiers.language: text])
    }
}
