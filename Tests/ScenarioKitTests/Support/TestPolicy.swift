import ScenarioKit
import ThresholdEngine

/// The default policy's fact vocabulary (DESIGN.md §4), built in code so the fixtures do not depend on
/// the policy loader, and a stand-in decision that needs an escalation once a threat, a crime, harm
/// or abuse is known.
enum TestPolicy {
    static let schema = FactSchema([
        FactDefinition(id: "aware_at", type: .datetime),
        FactDefinition(id: "care_and_support_needs", type: .bool),
        FactDefinition(id: "has_capacity", type: .bool),
        FactDefinition(id: "consent_to_share", type: .enum, values: ["given", "refused", "not_sought", "unsafe_to_seek"]),
        FactDefinition(id: "in_regulated_service", type: .bool),
        FactDefinition(id: "imminent_harm", type: .bool),
        FactDefinition(id: "abuse_types", type: .set, values: [
            "financial", "sexual", "psychological", "physical", "domestic", "neglect", "organisational",
            "discriminatory", "modern_slavery", "self_neglect",
        ]),
        FactDefinition(id: "alleged_perpetrator", type: .enum, values: [
            "staff", "volunteer", "family_or_partner", "another_resident", "online_contact", "stranger", "unknown", "none",
        ]),
        FactDefinition(id: "coercion_or_control", type: .bool),
        FactDefinition(id: "exploitation", type: .bool),
        FactDefinition(id: "credible_threat", type: .bool),
        FactDefinition(id: "repeated", type: .bool),
        FactDefinition(id: "financial_loss_gbp", type: .number),
        FactDefinition(id: "loss_significant_to_person", type: .bool),
        FactDefinition(id: "crime_suspected", type: .bool),
        FactDefinition(id: "distress", type: .enum, values: ["none", "low", "significant"]),
        FactDefinition(id: "harm_occurred", type: .bool),
        FactDefinition(id: "personal_data_breach", type: .bool),
        FactDefinition(id: "breach_risk", type: .enum, values: ["unlikely", "risk", "high"]),
        FactDefinition(id: "staff_misconduct_suspected", type: .bool),
        FactDefinition(id: "staff_removed_from_regulated_activity", type: .bool),
    ])

    static let rubrics: Set<String> = ["timeline", "disclosure", "account"]

    static func escalationsNeeded(_ facts: Facts) -> [String] {
        let alarming = ["credible_threat", "crime_suspected", "imminent_harm", "harm_occurred"].contains { facts[$0] == .bool(true) }
        if alarming { return ["safeguarding_referral"] }
        if case .set(let types)? = facts["abuse_types"], !types.isEmpty { return ["safeguarding_referral"] }
        return []
    }

    static let context = ValidationContext(schema: schema, rubrics: rubrics, escalationsNeeded: escalationsNeeded)
}
