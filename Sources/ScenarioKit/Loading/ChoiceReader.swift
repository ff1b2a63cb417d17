import ThresholdEngine
import Yams

/// Reads one option at a `choices` node: what the trainee sees, what it earns, the feedback that
/// says why, where it leads, and whether it is a never-event.
struct ChoiceReader {
    let document: YAMLDocument
    let conditions: ConditionParser
    let nodeID: String

    func read(_ item: Node, number: Int, diagnostics: inout DiagnosticList) -> (Choice, ChoiceSource)? {
        // Not `mapping["id"]`: Yams compares keys with their resolved tags, which runs a regex per key.
        let id = item.mapping?.first { $0.key.scalar?.string == "id" }?.value.scalar?.string
        let name = id.map { "choice '\($0)' in node '\(nodeID)'" } ?? "choice \(number) in node '\(nodeID)'"
        guard let mapping = YAMLMapping(item, in: document, what: name, diagnostics: &diagnostics) else { return nil }
        mapping.checkKeys(ScenarioKeys.choice, diagnostics: &diagnostics)
        if mapping.value("points") == nil {
            diagnostics.error("SD003", "\(name) is missing 'points'", hint: "add 'points:' (0 for a poor choice; the best choice at a node earns the most)", at: mapping.location)
        }
        var source = ChoiceSource(id: mapping.location(of: "id"), goto: mapping.location(of: "goto"), points: mapping.location(of: "points"))
        var when: Condition?
        if let node = mapping.value("when") {
            when = conditions.parse(node, in: document, diagnostics: &diagnostics)
            if when != nil { source.references = PredicateReferenceScanner.references(in: node, document: document) }
        }
        let choice = Choice(
            id: mapping.requiredString("id", diagnostics: &diagnostics) ?? "",
            text: mapping.requiredString("text", diagnostics: &diagnostics) ?? "",
            points: mapping.number("points", diagnostics: &diagnostics) ?? 0,
            feedback: feedback(mapping, name: name, diagnostics: &diagnostics),
            goto: mapping.requiredString("goto", diagnostics: &diagnostics) ?? "",
            critical: critical(mapping, name: name, diagnostics: &diagnostics),
            when: when, location: mapping.location)
        return (choice, source)
    }

    /// Every choice explains itself: the feedback is how a trainee learns why, so it cannot be left out.
    private func feedback(_ mapping: YAMLMapping, name: String, diagnostics: inout DiagnosticList) -> String {
        if let node = mapping.value("feedback"), node.scalar == nil {
            return mapping.string("feedback", diagnostics: &diagnostics) ?? ""
        }
        let text = mapping.value("feedback")?.scalar?.string ?? ""
        if text.allSatisfy(\.isWhitespace) {
            diagnostics.error(
                "SD048", "\(name) has no feedback",
                hint: "add 'feedback:' saying why this choice is right or wrong, in terms of the workflow", at: mapping.location)
        }
        return text
    }

    /// `critical` holds the reason a choice is a never-event; a bare `true` or an empty value gives none.
    private func critical(_ mapping: YAMLMapping, name: String, diagnostics: inout DiagnosticList) -> String? {
        guard let node = mapping.value("critical") else { return nil }
        let location = document.location(of: node)
        guard let scalar = node.scalar else { return mapping.string("critical", diagnostics: &diagnostics) }
        if scalar.style == .plain, node.bool == false {
            diagnostics.error("SD057", "'critical: false' in \(name)", hint: "leave 'critical' out when a choice is not a never-event", at: location)
            return nil
        }
        if scalar.string.allSatisfy(\.isWhitespace) || (scalar.style == .plain && (node.bool == true || scalar.string == "~" || scalar.string == "null")) {
            diagnostics.error(
                "SD049", "\(name) is critical but gives no reason",
                hint: "write the reason instead of 'true', e.g. 'critical: Promising secrecy stops you sharing a safeguarding concern.'",
                at: location)
            return ""
        }
        return scalar.string
    }
}
