import ThresholdEngine
import Yams

/// Reads one entry under `nodes`: its stage, text, revealed facts and the one thing it asks of the trainee.
struct NodeReader {
    let document: YAMLDocument
    let schema: FactSchema
    let conditions: ConditionParser

    func read(id: String, key: Node, body: Node, diagnostics: inout DiagnosticList) -> (ScenarioNode, NodeSource) {
        let idLocation = document.location(of: key)
        var source = NodeSource(id: idLocation)
        guard let mapping = YAMLMapping(body, in: document, what: "node '\(id)'", diagnostics: &diagnostics) else {
            source.isIncomplete = true
            return (ScenarioNode(id: id, stage: nil, text: "", reveal: Facts(), prompt: nil, kind: .choices([]), location: idLocation), source)
        }
        let kinds = mapping.entries.filter { ScenarioKeys.kinds.contains($0.key) }
        var allowed = ScenarioKeys.node
        switch kinds.first?.key {
        case "escalate", "disclose", "record": allowed.append("goto")
        case "ending": allowed.append("debrief")
        case nil: allowed += ["goto", "debrief"]
        default: break
        }
        mapping.checkKeys(allowed, diagnostics: &diagnostics)
        for extra in kinds.dropFirst() {
            diagnostics.error(
                "SD047", "node '\(id)' has both '\(kinds[0].key)' and '\(extra.key)'",
                hint: "a node does one thing; split it into two nodes joined by 'goto'",
                at: document.location(of: extra.keyNode))
        }
        let tasks = NodeTaskReader(document: document, conditions: conditions, nodeID: id)
        let kind: ScenarioNode.Kind
        switch kinds.first?.key {
        case "choices"?: kind = .choices(tasks.choices(mapping, source: &source, diagnostics: &diagnostics))
        case "escalate"?: kind = tasks.escalate(mapping, source: &source, diagnostics: &diagnostics)
        case "disclose"?: kind = tasks.disclose(mapping, source: &source, diagnostics: &diagnostics)
        case "record"?: kind = tasks.record(mapping, source: &source, diagnostics: &diagnostics)
        case "ending"?: kind = tasks.ending(mapping, at: idLocation, diagnostics: &diagnostics)
        default:
            diagnostics.error(
                "SD047", "node '\(id)' has none of choices, escalate, disclose, record or ending",
                hint: "give it exactly one: 'choices' for a decision, 'escalate', 'disclose' or 'record' for a task, 'ending' to finish",
                at: idLocation)
            source.isIncomplete = true
            source.incompleteGoto = mapping.value("goto")?.scalar?.string
            kind = .choices([])
        }
        let isEnding = if case .ending = kind { true } else { false }
        let node = ScenarioNode(
            id: id, stage: stage(mapping, required: !isEnding && !source.isIncomplete, diagnostics: &diagnostics),
            text: mapping.requiredString("text", diagnostics: &diagnostics) ?? "",
            reveal: mapping.value("reveal").map { schema.readFacts(allowingEmpty: $0, in: document, diagnostics: &diagnostics) } ?? Facts(),
            prompt: mapping.string("prompt", diagnostics: &diagnostics),
            kind: kind, location: idLocation)
        return (node, source)
    }

    private func stage(_ mapping: YAMLMapping, required: Bool, diagnostics: inout DiagnosticList) -> WorkflowStage? {
        let stages = WorkflowStage.allCases.map(\.rawValue)
        guard mapping.value("stage") != nil else {
            if required {
                diagnostics.error("SD003", "\(mapping.what) is missing 'stage'", hint: "add 'stage:' with one of \(stages.joined(separator: ", "))", at: mapping.location)
            }
            return nil
        }
        guard let name = mapping.string("stage", diagnostics: &diagnostics) else { return nil }
        guard let stage = WorkflowStage(rawValue: name) else {
            diagnostics.error("SD046", "unknown workflow stage '\(name)'", hint: Suggestion.hint(for: name, in: stages, noun: "the stage"), at: mapping.location(of: "stage"))
            return nil
        }
        return stage
    }
}
