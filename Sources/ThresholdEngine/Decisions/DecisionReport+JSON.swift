extension DecisionReport {
    /// Pretty-printed JSON with sorted keys, so the same decision always prints the same bytes: what
    /// `JSONEncoder` gives for this `Codable` value with `.prettyPrinted`, `.sortedKeys` and
    /// `.withoutEscapingSlashes`, written directly (the tests hold the two to the same bytes).
    public func json() -> String {
        var writer = PrettyJSONWriter(capacity: 1024 + escalations.count * 1024)
        write(to: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    private func write(to writer: inout PrettyJSONWriter) {
        writer.openObject()
        writer.key("escalations")
        writer.openArray()
        for entry in escalations {
            writer.element()
            entry.write(to: &writer)
        }
        writer.closeArray()
        writer.strings("missing_facts", missingFacts)
        writer.key("policy")
        writer.openObject()
        writer.key("id")
        writer.string(policy.id)
        writer.key("sha256")
        writer.string(policy.sha256)
        writer.key("version")
        writer.string(policy.version)
        writer.closeObject()
        writer.closeObject()
    }
}

extension DecisionReport.Entry {
    fileprivate func write(to writer: inout PrettyJSONWriter) {
        writer.openObject()
        writer.strings("because", because)
        if let deadline {
            writer.key("deadline")
            writer.string(deadline)
        }
        writer.key("id")
        writer.string(id)
        writer.key("rules")
        writer.openArray()
        for rule in rules {
            writer.element()
            rule.write(to: &writer)
        }
        writer.closeArray()
        writer.key("status")
        writer.string(status.rawValue)
        writer.closeObject()
    }
}

extension DecisionReport.RuleEntry {
    fileprivate func write(to writer: inout PrettyJSONWriter) {
        writer.openObject()
        writer.key("because")
        writer.string(because)
        if let findOut { writer.strings("find_out", findOut) }
        if let fired {
            writer.key("fired")
            writer.bool(fired)
        }
        writer.key("id")
        writer.string(id)
        if let possible {
            writer.key("possible")
            writer.bool(possible)
        }
        writer.key("source")
        writer.string(source)
        writer.key("status")
        writer.string(status.rawValue)
        writer.closeObject()
    }
}
