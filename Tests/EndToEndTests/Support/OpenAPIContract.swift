import Foundation
import Testing

/// The checked-in OpenAPI document, and a validator for the subset of JSON Schema it uses (type,
/// enum, required, properties, additionalProperties, items, $ref): enough to check every response.
struct OpenAPIContract {
    let document: [String: Any]

    init() throws {
        let path = SafeDrillProcess.projectRoot.appendingPathComponent("Sources/Service/Resources/openapi.json")
        document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [String: Any])
    }

    var paths: [String: [String: Any]] { (document["paths"] as? [String: [String: Any]]) ?? [:] }

    /// The schema of the JSON response to `method path` with `status`; nil when none is declared.
    func responseSchema(_ method: String, _ path: String, status: Int) -> [String: Any]? {
        guard let operation = paths[path]?[method.lowercased()] as? [String: Any],
              let responses = operation["responses"] as? [String: Any],
              var response = responses[String(status)] as? [String: Any] else { return nil }
        if let ref = response["$ref"] as? String { response = resolve(ref) ?? [:] }
        let content = response["content"] as? [String: Any]
        return (content?["application/json"] as? [String: Any])?["schema"] as? [String: Any]
    }

    /// Every way `value` breaks `schema`, as JSON paths with the reason; empty when it conforms.
    func problems(_ value: Any, _ schema: [String: Any], at path: String = "$") -> [String] {
        if let ref = schema["$ref"] as? String {
            guard let target = resolve(ref) else { return ["\(path): unresolved \(ref)"] }
            return problems(value, target, at: path)
        }
        var found: [String] = []
        if let type = schema["type"] {
            let allowed = (type as? [String]) ?? [(type as? String) ?? ""]
            if !allowed.contains(where: { Self.matches(value, $0) }) { return ["\(path): expected \(allowed), got \(value)"] }
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { "\($0)" == "\(value)" }) {
            found.append("\(path): \(value) is not one of \(options)")
        }
        if let object = value as? [String: Any] {
            for key in (schema["required"] as? [String]) ?? [] where object[key] == nil { found.append("\(path): missing \(key)") }
            let properties = (schema["properties"] as? [String: [String: Any]]) ?? [:]
            for (key, item) in object {
                if let property = properties[key] {
                    found += problems(item, property, at: "\(path).\(key)")
                } else if schema["additionalProperties"] as? Bool == false {
                    found.append("\(path): unexpected \(key)")
                } else if let extra = schema["additionalProperties"] as? [String: Any] {
                    found += problems(item, extra, at: "\(path).\(key)")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() { found += problems(item, items, at: "\(path)[\(index)]") }
        }
        return found
    }

    private func resolve(_ ref: String) -> [String: Any]? {
        var node: Any = document
        for part in ref.dropFirst(2).split(separator: "/") { node = (node as? [String: Any])?[String(part)] as Any }
        return node as? [String: Any]
    }

    private static func matches(_ value: Any, _ type: String) -> Bool {
        // JSONSerialization gives numbers and booleans alike as NSNumber: the two are told apart
        // only where the encoding says so ("c" is a boolean).
        let number = value as? NSNumber
        let isBool = value is Bool && number.map { String(cString: $0.objCType) == "c" } ?? true
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return value is Bool || isBool
        case "number": return number != nil && !(isBool && number.map { String(cString: $0.objCType) == "c" } ?? false)
        case "null": return value is NSNull
        default: return false
        }
    }
}
