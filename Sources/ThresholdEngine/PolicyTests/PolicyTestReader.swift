import Yams

/// Reads golden cases one by one, checking facts, escalations and statuses against the policy.
struct PolicyTestReader {
    let document: YAMLDocument
    let policy: Policy
    private var names: [String: SourceLocation] = [:]

    init(document: YAMLDocument, policy: Policy) {
        self.document = document
        self.policy = policy
    }

    mutating func readCase(_ node: Node, diagnostics: inout DiagnosticList) -> PolicyTestCase? {
        guard let entry = YAMLMapping(node, in: document, what: "a golden case", diagnostics: &diagnostics) else { return nil }
        entry.checkKeys(["name", "facts", "expect", "fired"], diagnostics: &diagnostics)
        let name = entry.requiredString("name", diagnostics: &diagnostics)
        let facts = entry.value("facts").map { policy.schema.readFacts($0, in: document, diagnostics: &diagnostics) } ?? Facts()
        let expect = readExpect(entry, diagnostics: &diagnostics)
        let fired = entry.strings("fired", diagnostics: &diagnostics)?.map(\.text)
        guard let name, let nameNode = entry.value("name") else { return nil }
        if let previous = names[name] {
            diagnostics.error(
                "SD014", "duplicate case name '\(name)' (first at line \(previous.line))",
                hint: "give each case its own name", at: document.location(of: nameNode))
            return nil
        }
        names[name] = document.location(of: nameNode)
        guard let expect else { return nil }
        return PolicyTestCase(name: name, facts: facts, expect: expect, fired: fired, location: entry.location)
    }

    /// `expect`: a status for every escalation of the policy.
    private func readExpect(_ entry: YAMLMapping, diagnostics: inout DiagnosticList) -> [PolicyTestCase.Expectation]? {
        guard entry.value("expect") != nil else {
            diagnostics.error("SD003", "a golden case is missing 'expect'", hint: "list every escalation with required, consult or not_required", at: entry.location)
            return nil
        }
        guard let expect = entry.mapping("expect", what: "'expect'", diagnostics: &diagnostics) else { return nil }
        let ids = policy.escalations.map(\.id)
        var result: [PolicyTestCase.Expectation] = []
        for (escalation, keyNode, value) in expect.entries {
            guard ids.contains(escalation) else {
                diagnostics.error(
                    "SD011", "unknown escalation '\(escalation)'",
                    hint: Suggestion.hint(for: escalation, in: ids, noun: "an escalation"), at: document.location(of: keyNode))
                continue
            }
            guard let text = value.scalar?.string, let status = EscalationStatus(rawValue: text) else {
                let text = value.scalar?.string ?? ""
                let names = EscalationStatus.allCases.map(\.rawValue)
                diagnostics.error(
                    "SD016", "bad expected status '\(text)' for '\(escalation)'",
                    hint: Suggestion.closest(to: text, in: names).map { "did you mean '\($0)'?" } ?? "write required, consult or not_required",
                    at: document.location(of: value))
                continue
            }
            result.append(.init(escalation: escalation, status: status))
        }
        let missing = ids.filter { id in !expect.entries.contains { $0.key == id } }
        if !missing.isEmpty {
            diagnostics.error(
                "SD003", "'expect' is missing \(missing.map { "'\($0)'" }.joined(separator: ", "))",
                hint: "list every escalation, with not_required where none is needed", at: expect.location)
        }
        return result
    }
}
