import Foundation
import Testing

/// The duties of policy 2027 through `safedrill assess --facts --json` with the bundled policy: the
/// routes a care provider may not miss, and the ones that have nothing to do with an incident.
@Suite("policy 2027 duties")
struct PolicyDutiesTests {
    struct Incident: Sendable, CustomStringConvertible {
        let name: String
        let facts: String
        let expected: [String: String]
        var description: String { name }
    }

    static let incidents = [
        Incident(name: "a death in a care home", facts: """
            aware_at: 2026-12-04T01:50:00Z
            death: true
            in_regulated_service: true
            care_and_support_needs: true
            under_18: false
            alleged_perpetrator: none
            staff_misconduct_suspected: false
            """, expected: ["cqc_notification": "required", "manager_on_call": "required", "prevent": "not_required", "lado": "not_required"]),
        Incident(name: "a capacitous adult refuses a referral while grandchildren are at risk", facts: """
            aware_at: 2026-12-04T01:50:00Z
            under_18: false
            care_and_support_needs: true
            in_regulated_service: false
            has_capacity: true
            consent_to_share: refused
            alleged_perpetrator: family_or_partner
            abuse_types: [domestic]
            children_at_risk: true
            """, expected: ["childrens_services": "required", "safeguarding_referral": "required", "manager_on_call": "required"]),
        Incident(name: "a scam against a resident with no staff involved", facts: """
            aware_at: 2026-12-04T01:50:00Z
            under_18: false
            care_and_support_needs: true
            in_regulated_service: true
            alleged_perpetrator: online_contact
            staff_misconduct_suspected: false
            fraud_or_scam: true
            abuse_types: [financial]
            crime_suspected: true
            has_capacity: true
            consent_to_share: given
            """, expected: ["dbs_referral": "not_required", "hr_conduct": "not_required", "report_fraud": "required", "police": "required"]),
        Incident(name: "two 15-year-olds share images willingly, with no aggravating factor", facts: """
            aware_at: 2026-12-04T01:50:00Z
            under_18: true
            child_image_sharing: peer_no_aggravating_factors
            imminent_harm: false
            credible_threat: false
            coercion_or_control: false
            exploitation: false
            repeated: false
            distress: low
            crime_suspected: true
            abuse_types: [sexual]
            alleged_perpetrator: none
            staff_misconduct_suspected: false
            in_regulated_service: false
            """, expected: ["police": "not_required", "manager_on_call": "required", "childrens_services": "consult"]),
    ]

    @Test(arguments: incidents)
    func decides(_ incident: Incident) throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        try incident.facts.write(to: folder.appendingPathComponent("facts.yaml"), atomically: true, encoding: .utf8)
        let result = try SafeDrillProcess.run(["assess", "--facts", "facts.yaml", "--json", "--no-record"], environment: ["TZ": "UTC"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let escalations = try #require(json["escalations"] as? [[String: Any]])
        let statuses = Dictionary(uniqueKeysWithValues: escalations.compactMap { entry in
            (entry["id"] as? String).map { ($0, entry["status"] as? String ?? "") }
        })
        for (channel, status) in incident.expected {
            #expect(statuses[channel] == status, "\(incident.name): \(channel)")
        }
        // Every rule listed is either fired or possible, and only fired rules give reasons.
        for entry in escalations {
            let rules = entry["rules"] as? [[String: Any]] ?? []
            for rule in rules { #expect((rule["fired"] as? Bool == true) != (rule["possible"] as? Bool == true)) }
            let firedReasons = rules.filter { $0["fired"] as? Bool == true }.compactMap { $0["because"] as? String }
            #expect(entry["because"] as? [String] == firedReasons)
        }
    }

    @Test(arguments: [
        ("domestic_abuse_risk: severe\n", "facts.yaml:1:22: error[SD012]: 'severe' is not a value of 'domestic_abuse_risk'"),
        ("child_image_sharing: consensual\n", "facts.yaml:1:22: error[SD012]: 'consensual' is not a value of 'child_image_sharing'"),
        ("death: perhaps\n", "facts.yaml:1:8: error[SD013]: 'death' is a bool fact: expected true or false"),
    ])
    func aWrongValueForANewFactIsAnErrorAtItsPlace(facts: String, message: String) throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        try facts.write(to: folder.appendingPathComponent("facts.yaml"), atomically: true, encoding: .utf8)
        let result = try SafeDrillProcess.run(["assess", "--facts", "facts.yaml", "--json", "--no-record"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout == "")
    }
}
