import Yams

extension PolicyReader {
    /// The `escalations` section, in the order written.
    mutating func readEscalations(_ nodes: [Node], schema: FactSchema) -> [Escalation] {
        let parser = ConditionParser(schema: schema)
        var escalations: [Escalation] = []
        var seen: [String: SourceLocation] = [:]
        for node in nodes {
            guard let entry = YAMLMapping(node, in: document, what: "an escalation", diagnostics: &diagnostics) else { continue }
            let keys = ["id", "label", "who", "how", "deadline", "about"]
            entry.checkKeys(keys, diagnostics: &diagnostics)
            let id = entry.requiredString("id", allowed: keys, diagnostics: &diagnostics)
            let label = entry.requiredString("label", allowed: keys, diagnostics: &diagnostics)
            let who = entry.requiredString("who", allowed: keys, diagnostics: &diagnostics)
            let how = entry.string("how", diagnostics: &diagnostics) ?? ""
            let deadline = entry.requiredString("deadline", allowed: keys, diagnostics: &diagnostics).flatMap { readDeadline($0, at: entry.location(of: "deadline")) }
            let about = entry.value("about").flatMap { readCondition($0, parser: parser) }
            guard let id, let idNode = entry.value("id") else { continue }
            let location = document.location(of: idNode)
            guard checkUnique(id, "escalation", at: idNode, previous: seen[id]) else { continue }
            seen[id] = location
            declaredEscalations.append(id)
            guard let label, let who, let deadline, entry.value("about") == nil || about != nil else { continue }
            escalations.append(Escalation(id: id, label: label, who: who, how: how, deadline: deadline, about: about, location: location))
        }
        return escalations
    }

    /// A deadline; `SD015` when it is not `immediately`, `without-delay`, `Nh` or `Nd`.
    mutating func readDeadline(_ text: String, at location: SourceLocation) -> Deadline? {
        if let deadline = Deadline(text) { return deadline }
        let hint = text == "0h" || text == "0d" || text == "now"
            ? "write immediately"
            : "write immediately, without-delay, a number of hours such as 24h or of days such as 3d (at most 8760h)"
        diagnostics.error("SD015", "bad deadline '\(text)'", hint: hint, at: location)
        return nil
    }
}
