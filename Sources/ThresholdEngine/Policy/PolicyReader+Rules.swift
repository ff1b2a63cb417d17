import Yams

extension PolicyReader {
    /// The `rules` section, in the order written.
    mutating func readRules(_ nodes: [Node], schema: FactSchema) -> [Rule] {
        let parser = ConditionParser(schema: schema)
        var rules: [Rule] = []
        var seen: [String: SourceLocation] = [:]
        for node in nodes {
            guard let entry = YAMLMapping(node, in: document, what: "a rule", diagnostics: &diagnostics) else { continue }
            let keys = ["id", "when", "then", "because", "source"]
            entry.checkKeys(keys, diagnostics: &diagnostics)
            let id = entry.requiredString("id", allowed: keys, diagnostics: &diagnostics)
            let condition = readCondition(entry, keys: keys, parser: parser)
            let outcomes = readOutcomes(entry, keys: keys)
            let because = entry.requiredString("because", allowed: keys, diagnostics: &diagnostics)
            let source = entry.requiredString("source", allowed: keys, diagnostics: &diagnostics)
            guard let id, let idNode = entry.value("id") else { continue }
            let location = document.location(of: idNode)
            guard checkUnique(id, "rule", at: idNode, previous: seen[id]) else { continue }
            seen[id] = location
            guard let condition, let outcomes, let because, let source else { continue }
            rules.append(Rule(id: id, when: condition, outcomes: outcomes, because: because, source: source, location: location))
        }
        return rules
    }

    private mutating func readCondition(_ entry: YAMLMapping, keys: [String], parser: ConditionParser) -> Condition? {
        guard let node = entry.value("when") else {
            if entry.isMisspelt("when", allowed: keys) { return nil }
            diagnostics.error("SD003", "a rule is missing 'when'", hint: "add 'when:' with a condition on facts", at: entry.location)
            return nil
        }
        return readCondition(node, parser: parser)
    }

    /// A condition (a rule's `when`, an escalation's `about`), its mistakes reported at their place.
    mutating func readCondition(_ node: Node, parser: ConditionParser) -> Condition? {
        var found = DiagnosticList()
        let condition = parser.parse(node, in: document, diagnostics: &found)
        // A fact whose type was wrong has been reported already; naming it here is not a second mistake.
        for diagnostic in found.items where !brokenFacts.contains(where: { diagnostic.code == "SD010" && diagnostic.message == "unknown fact '\($0)'" }) {
            diagnostics.append(diagnostic)
        }
        return condition
    }

    /// The `then` mapping: escalation id to `required`, `consult` or `{status, deadline}`.
    private mutating func readOutcomes(_ entry: YAMLMapping, keys: [String]) -> [Outcome]? {
        guard entry.value("then") != nil else {
            if entry.isMisspelt("then", allowed: keys) { return nil }
            diagnostics.error("SD003", "a rule is missing 'then'", hint: "add 'then:' with at least one 'escalation: required' line", at: entry.location)
            return nil
        }
        guard let then = entry.mapping("then", what: "'then'", diagnostics: &diagnostics) else { return nil }
        var outcomes: [Outcome] = []
        var complete = true
        for (escalation, keyNode, value) in then.entries {
            guard declaredEscalations.contains(escalation) else {
                diagnostics.error(
                    "SD011", "unknown escalation '\(escalation)'",
                    hint: Suggestion.hint(for: escalation, in: declaredEscalations, noun: "an escalation"), at: document.location(of: keyNode))
                complete = false
                continue
            }
            guard let outcome = readOutcome(value, for: escalation) else {
                complete = false
                continue
            }
            outcomes.append(outcome)
        }
        if then.entries.isEmpty {
            diagnostics.error("SD004", "'then' must name at least one escalation", hint: "write e.g. 'police: required'", at: then.location)
            return nil
        }
        return complete ? outcomes : nil
    }

    private mutating func readOutcome(_ node: Node, for escalation: String) -> Outcome? {
        let location = document.location(of: node)
        if let scalar = node.scalar {
            return readStatus(scalar.string, at: location).map { Outcome(escalation: escalation, status: $0, location: location) }
        }
        guard node.mapping != nil, let entry = YAMLMapping(node, in: document, what: "the outcome for '\(escalation)'", diagnostics: &diagnostics) else {
            diagnostics.error("SD004", "the outcome for '\(escalation)' must be required, consult or {status, deadline}", at: location)
            return nil
        }
        let keys = ["status", "deadline"]
        entry.checkKeys(keys, diagnostics: &diagnostics)
        let status = entry.requiredString("status", allowed: keys, diagnostics: &diagnostics).flatMap { readStatus($0, at: entry.location(of: "status")) }
        let deadlineText = entry.string("deadline", diagnostics: &diagnostics)
        let deadline = deadlineText.flatMap { readDeadline($0, at: entry.location(of: "deadline")) }
        guard let status, deadlineText == nil || deadline != nil else { return nil }
        return Outcome(escalation: escalation, status: status, deadline: deadline, location: location)
    }

    /// `required` or `consult`; `SD016` otherwise.
    private mutating func readStatus(_ text: String, at location: SourceLocation) -> EscalationStatus? {
        if text == "required" { return .required }
        if text == "consult" { return .consult }
        let hint = text == EscalationStatus.notRequired.rawValue
            ? "leave the escalation out: a rule only raises outcomes, and an escalation no rule raises is not_required"
            : Suggestion.closest(to: text, in: ["required", "consult"]).map { "did you mean '\($0)'?" } ?? "write required or consult"
        diagnostics.error("SD016", "bad outcome '\(text)'", hint: hint, at: location)
        return nil
    }
}
