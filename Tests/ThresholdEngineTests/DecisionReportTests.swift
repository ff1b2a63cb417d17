import Foundation
import Testing
import ThresholdEngine

/// The JSON contract of DESIGN.md §4.
@Suite("decision JSON")
struct DecisionReportTests {
    @Test func shapeMatchesTheContract() throws {
        let policy = try SamplePolicy.with(rules: """
              - {id: harm, when: imminent_harm, then: {police: required}, because: Danger now., source: S1.}
              - {id: maybe, when: repeated, then: {ico_report: required}, because: Again., source: S2.}
            """)
        let decision = policy.decide(Facts(["imminent_harm": .bool(true)]), at: SamplePolicy.clock)
        let json = try #require(JSONSerialization.jsonObject(with: Data(decision.report.json().utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["policy", "escalations", "missing_facts"])
        let identity = try #require(json["policy"] as? [String: String])
        #expect(identity == ["id": "sample", "version": "1", "sha256": policy.sha256])
        let escalations = try #require(json["escalations"] as? [[String: Any]])
        #expect(escalations.map { $0["id"] as? String } == ["manager_on_call", "police", "ico_report", "cqc_notification"])
        #expect(escalations.map { $0["status"] as? String } == ["not_required", "required", "consult", "not_required"])
        #expect(escalations[0]["deadline"] == nil)
        #expect(escalations[1]["deadline"] as? String == "2026-03-15T02:10:00Z")
        let fired = try #require((escalations[1]["rules"] as? [[String: Any]])?.first)
        #expect(fired["id"] as? String == "harm")
        #expect(fired["fired"] as? Bool == true)
        #expect(fired["possible"] == nil && fired["find_out"] == nil)
        #expect(fired["status"] as? String == "required")
        #expect(fired["because"] as? String == "Danger now." && fired["source"] as? String == "S1.")
        #expect(escalations[1]["because"] as? [String] == ["Danger now."])
        // A rule that only might fire is marked possible, names what would decide it, and is no reason.
        let possible = try #require((escalations[2]["rules"] as? [[String: Any]])?.first)
        #expect(possible["id"] as? String == "maybe")
        #expect(possible["possible"] as? Bool == true)
        #expect(possible["fired"] == nil)
        #expect(possible["status"] as? String == "consult")
        #expect(possible["find_out"] as? [String] == ["repeated"])
        #expect(escalations[2]["because"] as? [String] == [])
        for escalation in escalations {
            #expect(Set(escalation.keys).isSubset(of: ["id", "status", "deadline", "rules", "because"]))
        }
        #expect(json["missing_facts"] as? [String] == ["repeated", "aware_at"])
    }

    @Test func roundTrips() throws {
        let policy = try SamplePolicy.single("imminent_harm")
        let report = policy.decide(Facts(), at: SamplePolicy.clock).report
        let decoded = try JSONDecoder().decode(DecisionReport.self, from: Data(report.json().utf8))
        #expect(decoded == report)
    }
}
