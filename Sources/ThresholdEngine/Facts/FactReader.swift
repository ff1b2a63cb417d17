import Foundation
import Yams

extension FactSchema {
    /// The largest facts file `assess --facts` reads (1 MiB): a real incident's facts take a few
    /// hundred bytes, and a 50 MB file took 16 seconds to read.
    public static let largestFactsFile = 1 << 20

    /// Reads a `fact: value` mapping (scenario `facts`/`reveal`, `assess --facts`, golden cases),
    /// checking each fact against the schema. `unknown` or `~` leaves a fact unknown.
    public func readFacts(_ node: Node, in document: YAMLDocument, diagnostics: inout DiagnosticList) -> Facts {
        guard let mapping = YAMLMapping(node, in: document, what: "the facts", diagnostics: &diagnostics) else { return Facts() }
        var facts = Facts()
        for (id, keyNode, valueNode) in mapping.entries {
            guard let definition = self[id] else {
                diagnostics.error("SD010", "unknown fact '\(id)'", hint: Suggestion.hint(for: id, in: ids, noun: "a fact"), at: document.location(of: keyNode))
                continue
            }
            if let value = readValue(valueNode, for: definition, in: document, diagnostics: &diagnostics) { facts[id] = value }
        }
        return facts
    }

    /// One fact's value; nil when it is written as unknown or is wrong (then a diagnostic says why).
    public func readValue(_ node: Node, for definition: FactDefinition, in document: YAMLDocument, diagnostics: inout DiagnosticList) -> FactValue? {
        let location = document.location(of: node)
        // `unknown` marks a fact as not known, except where `unknown` is one of the fact's own values
        // (`alleged_perpetrator: unknown` means nobody has been identified); `~` always does.
        if let scalar = node.scalar, scalar.style == .plain {
            let markers = definition.values.contains("unknown") ? ["~", "null", ""] : ["unknown", "~", "null", ""]
            if markers.contains(scalar.string) { return nil }
        }
        func mismatch(_ expected: String) -> FactValue? {
            diagnostics.error("SD013", "'\(definition.id)' is a \(definition.type.rawValue) fact: expected \(expected)", hint: "write \(example(for: definition)), or 'unknown'", at: location)
            return nil
        }
        switch definition.type {
        case .bool:
            guard let scalar = node.scalar, scalar.style == .plain, let flag = node.bool else { return mismatch("true or false") }
            _ = scalar
            return .bool(flag)
        case .number:
            guard node.scalar?.style == .plain, let number = node.float, number.isFinite else { return mismatch("a number") }
            return .number(number)
        case .datetime:
            guard let text = node.scalar?.string, let date = Self.parseDate(text) else { return mismatch("a date and time such as 2026-03-14T02:10:00Z") }
            return .datetime(date)
        case .enum:
            guard let word = node.scalar?.string else { return mismatch("one value") }
            return checkedWord(word, for: definition, at: location, diagnostics: &diagnostics).map(FactValue.word)
        case .set:
            let items: [Node] = node.sequence.map(Array.init) ?? (node.scalar != nil ? [node] : [])
            guard node.sequence != nil || node.scalar != nil else { return mismatch("a list of values") }
            var members = Set<String>()
            for item in items {
                guard let word = item.scalar?.string else { return mismatch("a list of values") }
                if let word = checkedWord(word, for: definition, at: document.location(of: item), diagnostics: &diagnostics) { members.insert(word) }
            }
            return .set(members)
        }
    }

    private func checkedWord(_ word: String, for definition: FactDefinition, at location: SourceLocation, diagnostics: inout DiagnosticList) -> String? {
        guard definition.values.contains(word) else {
            diagnostics.error("SD012", "'\(word)' is not a value of '\(definition.id)'", hint: Suggestion.hint(for: word, in: definition.values, noun: "the value"), at: location)
            return nil
        }
        return word
    }

    private func example(for definition: FactDefinition) -> String {
        switch definition.type {
        case .bool: "true or false"
        case .number: "a number such as 250"
        case .datetime: "2026-03-14T02:10:00Z"
        case .enum: definition.values.first ?? "a value"
        case .set: "[" + definition.values.prefix(2).joined(separator: ", ") + "]"
        }
    }

    /// ISO 8601 with a time zone, with or without fractional seconds.
    public static func parseDate(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let date = try? Date(trimmed, strategy: .iso8601) { return date }
        return try? Date(trimmed, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
