import Foundation
import ThresholdEngine
import Yams

/// Reads the facts of a `POST /v1/decisions` body with the same checks as `assess --facts`
/// (`FactSchema.readFacts`): the body must be strict JSON, which is also YAML, so the reader that
/// checks facts files checks it too, and its diagnostics become API errors naming the fact.
enum FactsBody {
    /// Facts nest at most a list inside the object; anything deeper is refused before parsing, so a
    /// hostile body cannot make either parser recurse deeply.
    static let deepestNesting = 8

    /// The facts of a body, or the API error for its first mistake. A plain body (the usual one) is
    /// read in one pass by `PlainFactsJSON`; any other goes the full way, `readFully`.
    static func read(_ bytes: [UInt8], schema: FactSchema) -> Result<Facts, APIError> {
        if let facts = PlainFactsJSON.facts(bytes, schema: schema) { return .success(facts) }
        return readFully(bytes, schema: schema)
    }

    /// Reads a body with every check: UTF-8, strict JSON (`JSONSerialization`), then the YAML reader
    /// and `FactSchema.readFacts`, whose first diagnostic becomes the error.
    static func readFully(_ bytes: [UInt8], schema: FactSchema) -> Result<Facts, APIError> {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(APIError(.malformedJSON, "the body is not UTF-8 text", at: "$"))
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            return .failure(APIError(.malformedJSON, "the body is empty: send {} when no facts are known", at: "$"))
        }
        guard nesting(of: bytes) <= deepestNesting else {
            return .failure(APIError(.malformedJSON, "the body nests deeper than \(deepestNesting) levels: facts are values or lists of values", at: "$"))
        }
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            return .failure(APIError(.malformedJSON, "the body is not valid JSON", at: "$"))
        }
        guard parsed is [String: Any] else {
            return .failure(APIError(.notAnObject, "the body must be a JSON object of facts, such as {\"imminent_harm\": true}", at: "$"))
        }
        let document: YAMLDocument
        do {
            document = try YAMLDocument(text: text, path: "body")
        } catch {
            let duplicate = error.diagnostics.items.contains { $0.code == "SD005" }
            return .failure(APIError(.malformedJSON, duplicate ? "a fact is given twice" : "the body is not valid JSON", at: "$"))
        }
        var diagnostics = DiagnosticList()
        let facts = schema.readFacts(document.root, in: document, diagnostics: &diagnostics)
        guard let first = diagnostics.errors.min(by: { $0.location < $1.location }) else { return .success(facts) }
        return .failure(error(for: first, in: document))
    }

    /// The API error for a reader diagnostic, placed at the fact whose entry holds it.
    private static func error(for diagnostic: Diagnostic, in document: YAMLDocument) -> APIError {
        let code: APIError.Code = switch diagnostic.code {
        case "SD010": .unknownFact
        case "SD013": .wrongType
        case "SD005", "SD001": .malformedJSON
        default: .badFactValue
        }
        var fact: String?
        if let root = document.root.mapping {
            for (key, _) in root where document.location(of: key) <= diagnostic.location { fact = key.scalar?.string }
        }
        let hint = diagnostic.hint.isEmpty ? "" : ": \(diagnostic.hint)"
        return APIError(code, diagnostic.message + hint, at: fact ?? "$")
    }

    /// The deepest nesting of arrays and objects, ignoring brackets inside strings.
    static func nesting(of bytes: [UInt8]) -> Int {
        var depth = 0, deepest = 0
        var inString = false, escaped = false
        for byte in bytes {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                deepest = max(deepest, depth)
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return deepest
    }
}
