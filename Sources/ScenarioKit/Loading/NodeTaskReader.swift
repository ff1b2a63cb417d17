import ThresholdEngine
import Yams

/// Reads what a node asks of the trainee: choices, an escalation decision, a disclosure, a record, or
/// the ending that closes the scenario.
struct NodeTaskReader {
    let document: YAMLDocument
    let conditions: ConditionParser
    let nodeID: String

    func choices(_ node: YAMLMapping, source: inout NodeSource, diagnostics: inout DiagnosticList) -> [Choice] {
        guard let items = node.sequence("choices", diagnostics: &diagnostics) else { return [] }
        if items.isEmpty {
            diagnostics.error("SD004", "'choices' in node '\(nodeID)' is empty", hint: "list at least two choices, each starting with '- id:'", at: node.location(of: "choices"))
        }
        let reader = ChoiceReader(document: document, conditions: conditions, nodeID: nodeID)
        var result: [Choice] = []
        for (number, item) in items.enumerated() {
            guard let (choice, choiceSource) = reader.read(item, number: number + 1, diagnostics: &diagnostics) else { continue }
            result.append(choice)
            source.choices.append(choiceSource)
        }
        return result
    }

    func escalate(_ node: YAMLMapping, source: inout NodeSource, diagnostics: inout DiagnosticList) -> ScenarioNode.Kind {
        var prompt = ""
        if let task = node.mapping("escalate", what: "'escalate' in node '\(nodeID)'", diagnostics: &diagnostics) {
            task.checkKeys(ScenarioKeys.escalate, diagnostics: &diagnostics)
            prompt = task.requiredString("prompt", diagnostics: &diagnostics) ?? ""
        }
        return .escalate(prompt: prompt, goto: goto(node, source: &source, diagnostics: &diagnostics))
    }

    func disclose(_ node: YAMLMapping, source: inout NodeSource, diagnostics: inout DiagnosticList) -> ScenarioNode.Kind {
        var disclosure = Disclosure(recipient: "", items: [])
        if let task = node.mapping("disclose", what: "'disclose' in node '\(nodeID)'", diagnostics: &diagnostics) {
            task.checkKeys(ScenarioKeys.disclose, diagnostics: &diagnostics)
            disclosure.recipient = task.requiredString("recipient", diagnostics: &diagnostics) ?? ""
            if task.value("items") == nil {
                diagnostics.error("SD003", "\(task.what) is missing 'items'", hint: "list what could be shared, each as '- {id: ..., text: ..., needed: true}'", at: task.location)
            }
            for item in task.sequence("items", diagnostics: &diagnostics) ?? [] {
                guard let entry = YAMLMapping(item, in: document, what: "an item to disclose in node '\(nodeID)'", diagnostics: &diagnostics) else { continue }
                entry.checkKeys(ScenarioKeys.item, diagnostics: &diagnostics)
                if entry.value("needed") == nil {
                    diagnostics.error("SD003", "\(entry.what) is missing 'needed'", hint: "add 'needed: true' if the recipient must have it, 'needed: false' if not", at: entry.location)
                }
                disclosure.items.append(Disclosure.Item(
                    id: entry.requiredString("id", diagnostics: &diagnostics) ?? "",
                    text: entry.requiredString("text", diagnostics: &diagnostics) ?? "",
                    needed: entry.bool("needed", diagnostics: &diagnostics) ?? false))
                source.items.append(entry.location(of: "id"))
            }
        }
        return .disclose(disclosure, goto: goto(node, source: &source, diagnostics: &diagnostics))
    }

    func record(_ node: YAMLMapping, source: inout NodeSource, diagnostics: inout DiagnosticList) -> ScenarioNode.Kind {
        var task = RecordTask(prompt: "", rubric: "", model: "")
        if let mapping = node.mapping("record", what: "'record' in node '\(nodeID)'", diagnostics: &diagnostics) {
            mapping.checkKeys(ScenarioKeys.record, diagnostics: &diagnostics)
            task.prompt = mapping.requiredString("prompt", diagnostics: &diagnostics) ?? ""
            task.rubric = mapping.requiredString("rubric", diagnostics: &diagnostics) ?? ""
            task.model = mapping.requiredString("model", diagnostics: &diagnostics) ?? ""
            if mapping.value("rubric") != nil { source.rubric = mapping.location(of: "rubric") }
            if let key = mapping.keyNode("model") { source.model = mapping.document.location(of: key) }
        }
        return .record(task, goto: goto(node, source: &source, diagnostics: &diagnostics))
    }

    func ending(_ node: YAMLMapping, at idLocation: SourceLocation, diagnostics: inout DiagnosticList) -> ScenarioNode.Kind {
        let kinds = EndingKind.allCases.map(\.rawValue)
        var kind = EndingKind.poor
        if let name = node.string("ending", diagnostics: &diagnostics) {
            if let known = EndingKind(rawValue: name) {
                kind = known
            } else {
                diagnostics.error("SD053", "unknown ending '\(name)'", hint: Suggestion.hint(for: name, in: kinds, noun: "an ending"), at: node.location(of: "ending"))
            }
        }
        let debrief = node.value("debrief").flatMap(\.scalar).map(\.string) ?? ""
        if node.value("debrief") != nil, node.value("debrief")?.scalar == nil {
            _ = node.string("debrief", diagnostics: &diagnostics)
        } else if debrief.allSatisfy(\.isWhitespace) {
            diagnostics.error(
                "SD050", "ending '\(nodeID)' has no debrief",
                hint: "add 'debrief:' saying what happened next and what to take away from it", at: idLocation)
        }
        return .ending(kind, debrief: debrief)
    }

    /// The single `goto` of an escalate, disclose or record node.
    private func goto(_ node: YAMLMapping, source: inout NodeSource, diagnostics: inout DiagnosticList) -> String {
        guard node.value("goto") != nil else {
            diagnostics.error("SD003", "\(node.what) is missing 'goto'", hint: "add 'goto: <node-id>' naming the node that comes next", at: node.location)
            return ""
        }
        source.goto = node.location(of: "goto")
        return node.string("goto", diagnostics: &diagnostics) ?? ""
    }
}
