import Yams

extension PolicyReader {
    /// The `facts` section: the schema, in the order written.
    mutating func readFacts(_ nodes: [Node]) -> FactSchema {
        var definitions: [FactDefinition] = []
        var seen: [String: SourceLocation] = [:]
        for node in nodes {
            guard let fact = YAMLMapping(node, in: document, what: "a fact", diagnostics: &diagnostics) else { continue }
            let keys = ["id", "type", "values", "question", "help", "absent"]
            fact.checkKeys(keys, diagnostics: &diagnostics)
            let id = fact.requiredString("id", allowed: keys, diagnostics: &diagnostics)
            let type = readType(fact, keys: keys)
            let question = fact.requiredString("question", allowed: keys, diagnostics: &diagnostics)
            let help = fact.string("help", diagnostics: &diagnostics) ?? ""
            let values = readValues(fact, type: type)
            guard let id, let idNode = fact.value("id") else { continue }
            let location = document.location(of: idNode)
            guard checkUnique(id, "fact", at: idNode, previous: seen[id]) else { continue }
            seen[id] = location
            guard let type else {
                brokenFacts.insert(id)
                continue
            }
            var definition = FactDefinition(id: id, type: type, values: values, question: question ?? "", help: help, location: location)
            definition.absent = readAbsent(fact, for: definition)
            definitions.append(definition)
        }
        return FactSchema(definitions)
    }

    /// The fact's `absent` value: what no answer means. Only a bool or enum fact may have one, and it
    /// must be a value of the fact (`SD013`/`SD012` otherwise, like any fact value).
    private mutating func readAbsent(_ fact: YAMLMapping, for definition: FactDefinition) -> FactValue? {
        guard let node = fact.value("absent") else { return nil }
        guard definition.type == .bool || definition.type == .enum else {
            diagnostics.error(
                "SD002", "a \(definition.type.rawValue) fact takes no 'absent'",
                hint: "only a bool or enum fact that records a concern someone raises may say what no answer means",
                at: document.location(of: node))
            return nil
        }
        let schema = FactSchema([definition])
        let value = schema.readValue(node, for: definition, in: document, diagnostics: &diagnostics)
        if value == nil, node.scalar.map({ ["unknown", "~", "null", ""].contains($0.string) }) ?? false {
            diagnostics.error(
                "SD013", "'absent' must be a value of '\(definition.id)', not unknown",
                hint: "leave 'absent' out: a fact without it is unknown until answered", at: document.location(of: node))
        }
        return value
    }

    /// The fact's `type`; `SD017` when it is not one of the five.
    private mutating func readType(_ fact: YAMLMapping, keys: [String]) -> FactType? {
        guard let text = fact.requiredString("type", allowed: keys, diagnostics: &diagnostics) else { return nil }
        if let type = FactType(rawValue: text) { return type }
        let names = FactType.allCases.map(\.rawValue)
        diagnostics.error(
            "SD017", "unknown fact type '\(text)'",
            hint: Suggestion.closest(to: text, in: names).map { "did you mean '\($0)'?" } ?? "a fact type is one of bool, number, enum, set, datetime",
            at: fact.location(of: "type"))
        return nil
    }

    /// The allowed values of an enum or set fact: required there, and only there.
    private mutating func readValues(_ fact: YAMLMapping, type: FactType?) -> [String] {
        guard type == .enum || type == .set else {
            if let type, let key = fact.keyNode("values") {
                diagnostics.error(
                    "SD002", "a \(type.rawValue) fact takes no 'values'",
                    hint: "remove 'values', or make the fact an enum or a set", at: document.location(of: key))
            }
            return []
        }
        guard let type, fact.value("values") != nil else {
            diagnostics.error("SD003", "an \(type?.rawValue ?? "enum") fact is missing 'values'", hint: "list its allowed values: values: [a, b]", at: fact.location)
            return []
        }
        guard let items = fact.strings("values", diagnostics: &diagnostics) else { return [] }
        var values: [String] = []
        for (text, node) in items {
            if values.contains(text) {
                diagnostics.error("SD014", "'\(text)' is listed twice in 'values'", hint: "list each value once", at: document.location(of: node))
            } else {
                values.append(text)
            }
        }
        if values.isEmpty {
            diagnostics.error("SD004", "'values' must list at least one value", hint: "write values: [a, b]", at: fact.location(of: "values"))
        } else if values.count > CompiledPolicy.maximumValues {
            diagnostics.error(
                "SD004", "a \(type.rawValue) fact may have at most \(CompiledPolicy.maximumValues) values, not \(values.count)",
                hint: "split the fact in two", at: fact.location(of: "values"))
        }
        return values
    }
}
