import ThresholdEngine

/// A policy's facts as a JSON Schema (draft 2020-12) for the body of `POST /v1/decisions`: what a
/// case-management system needs to build its own form. Every fact may be `null` (not known) or
/// left out; a fact that declares what an absent answer means has it as its `default`.
enum FactJSONSchema {
    static let dialect = "https://json-schema.org/draft/2020-12/schema"

    static func schema(of policy: Policy) -> JSONValue {
        var properties: [String: JSONValue] = [:]
        for definition in policy.schema.definitions { properties[definition.id] = property(definition) }
        return .object([
            "$schema": .string(dialect),
            "title": .string("Facts about an incident for policy \(policy.id) \(policy.version)"),
            "type": .string("object"),
            "additionalProperties": .bool(false),
            "properties": .object(properties),
        ])
    }

    static func property(_ definition: FactDefinition) -> JSONValue {
        var fields: [String: JSONValue] = ["title": .string(definition.question)]
        if !definition.help.isEmpty { fields["description"] = .string(definition.help) }
        let values = definition.values.map(JSONValue.string)
        switch definition.type {
        case .bool:
            fields["type"] = .array([.string("boolean"), .string("null")])
        case .number:
            fields["type"] = .array([.string("number"), .string("null")])
        case .datetime:
            fields["type"] = .array([.string("string"), .string("null")])
            fields["format"] = .string("date-time")
        case .enum:
            fields["type"] = .array([.string("string"), .string("null")])
            fields["enum"] = .array(values + [.null])
        case .set:
            fields["type"] = .array([.string("array"), .string("null")])
            fields["items"] = .object(["type": .string("string"), "enum": .array(values)])
            fields["uniqueItems"] = .bool(true)
        }
        if let absent = definition.absent { fields["default"] = json(absent) }
        return .object(fields)
    }

    private static func json(_ value: FactValue) -> JSONValue {
        switch value {
        case .bool(let flag): .bool(flag)
        case .number(let number): .number(number)
        case .word(let word): .string(word)
        case .set(let members): .array(members.sorted().map(JSONValue.string))
        case .datetime: .string(value.text)
        }
    }
}
