import Foundation
import Testing
@testable import Service
import ThresholdEngine

@Suite("GET /v1/policy")
struct PolicyDescriptionTests {
    @Test func everyFactIsInTheSchemaWithItsTypeValuesAndQuestion() throws {
        let policy = Policy.bundled
        let json = PolicyDescription.json(of: policy)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let facts = try #require(object["facts"] as? [String: Any])
        #expect(facts["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(facts["additionalProperties"] as? Bool == false)
        let properties = try #require(facts["properties"] as? [String: [String: Any]])
        #expect(Set(properties.keys) == Set(policy.schema.ids))
        let distress = try #require(properties["distress"])
        #expect((distress["enum"] as? [Any])?.count == 4)
        #expect(distress["title"] as? String == policy.schema["distress"]?.question)
        #expect((properties["aware_at"]?["format"] as? String) == "date-time")
        #expect((properties["abuse_types"]?["type"] as? [String]) == ["array", "null"])
        let escalations = try #require(object["escalations"] as? [[String: String]])
        #expect(escalations.map { $0["id"] } == policy.escalations.map(\.id))
        #expect(escalations.allSatisfy { $0["label"] != nil && $0["who"] != nil && $0["how"] != nil && $0["deadline"] != nil })
        #expect((object["policy"] as? [String: String])?["sha256"] == policy.sha256)
    }
}
