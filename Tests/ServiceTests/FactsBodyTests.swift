import Foundation
import Testing
@testable import Service
import ThresholdEngine

@Suite("facts body")
struct FactsBodyTests {
    static let policy = Policy.bundled

    func error(_ body: String) -> APIError? {
        if case .failure(let error) = FactsBody.read(Array(body.utf8), schema: Self.policy.schema) { return error }
        return nil
    }

    @Test func readsFactsAsAssessDoes() throws {
        let facts = try FactsBody.read(Array(#"{"imminent_harm": true, "distress": "low", "abuse_types": ["financial"], "has_capacity": null}"#.utf8), schema: Self.policy.schema).get()
        #expect(facts["imminent_harm"] == .bool(true))
        #expect(facts["distress"] == .word("low"))
        #expect(facts["abuse_types"] == .set(["financial"]))
        #expect(facts["has_capacity"] == nil)
    }

    @Test(arguments: [
        (#"{"nope": 1}"#, APIError.Code.unknownFact, "nope"),
        (#"{"imminent_harm": "yes"}"#, .wrongType, "imminent_harm"),
        (#"{"imminent_harm": true, "distress": "huge"}"#, .badFactValue, "distress"),
        (#"{"abuse_types": {"a": 1}}"#, .wrongType, "abuse_types"),
        (#"{bad"#, .malformedJSON, "$"),
        ("", .malformedJSON, "$"),
        ("[1, 2]", .notAnObject, "$"),
        (#"{"distress": "low", "distress": "none"}"#, .malformedJSON, "$"),
        (String(repeating: "[", count: 100_000), .malformedJSON, "$"),
    ])
    func refusesWithAStableCodeAndPlace(body: String, code: APIError.Code, at: String) {
        let refused = error(body)
        #expect(refused?.code == code)
        #expect(refused?.at == at)
    }

    @Test func errorsAreJSONWithCodeMessageAndPlace() throws {
        let json = APIError(.unknownFact, "unknown fact 'x'", at: "x").json
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [String: String]])
        #expect(object["error"] == ["code": "unknown_fact", "message": "unknown fact 'x'", "at": "x"])
    }

    @Test func notUTF8IsMalformed() {
        if case .failure(let error) = FactsBody.read([0xff, 0xfe, 0x7b], schema: Self.policy.schema) {
            #expect(error.code == .malformedJSON)
        } else {
            Issue.record("accepted bytes that are not UTF-8")
        }
    }
}

extension Policy {
    /// The project's policy, Scoring/thresholds.yaml.
    static var bundled: Policy {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        do {
            return try Policy.load(path: root.appendingPathComponent("Scoring/thresholds.yaml").path)
        } catch {
            fatalError("the bundled policy does not load: \(error)")
        }
    }
}
