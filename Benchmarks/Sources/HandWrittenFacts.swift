import Foundation
import ThresholdEngine

/// Policy 2027.1's facts as a plain struct: a judgement is an optional (nil is unknown); a concern
/// (a fact with `absent:` in the policy) is a plain value that defaults to "not raised".
struct HandWrittenFacts {
    enum Distress: String { case noDistress = "none", low, significant }
    enum Perpetrator: String {
        case staff, volunteer, familyOrPartner = "family_or_partner", anotherResident = "another_resident"
        case onlineContact = "online_contact", stranger, unknown, noOne = "none"
    }
    enum DomesticAbuseRisk: String { case standard, medium, high }
    enum ChildImageSharing: String { case noImages = "none", peerNoAggravatingFactors = "peer_no_aggravating_factors", aggravated }
    enum Consent: String { case given, refused, notSought = "not_sought", unsafeToSeek = "unsafe_to_seek" }
    enum BreachRisk: String { case unlikely, risk, high }
    struct AbuseTypes: OptionSet {
        let rawValue: UInt16
        static let financial = AbuseTypes(rawValue: 1 << 0), sexual = AbuseTypes(rawValue: 1 << 1)
        static let psychological = AbuseTypes(rawValue: 1 << 2), physical = AbuseTypes(rawValue: 1 << 3)
        static let domestic = AbuseTypes(rawValue: 1 << 4), neglect = AbuseTypes(rawValue: 1 << 5)
        static let organisational = AbuseTypes(rawValue: 1 << 6), discriminatory = AbuseTypes(rawValue: 1 << 7)
        static let modernSlavery = AbuseTypes(rawValue: 1 << 8), selfNeglect = AbuseTypes(rawValue: 1 << 9)
        static let all = AbuseTypes(rawValue: 0x3ff)
        /// The policy's names, bit by bit.
        static let names = ["financial", "sexual", "psychological", "physical", "domestic", "neglect", "organisational", "discriminatory", "modern_slavery", "self_neglect"]
    }

    /// The policy's fact ids in schema order, checked against the policy before any comparison.
    static let factIDs = [
        "imminent_harm", "death", "serious_injury", "self_harm_risk", "aware_at", "distress",
        "under_18", "children_at_risk", "victim_was_child", "care_and_support_needs", "in_regulated_service", "alleged_perpetrator",
        "works_with_children", "registered_professional", "holds_lpa_or_deputyship", "staff_misconduct_suspected",
        "abuse_types", "fraud_or_scam", "radicalisation_concern", "domestic_abuse_risk", "child_image_sharing",
        "coercion_or_control", "exploitation", "credible_threat", "repeated", "harm_occurred", "serious_crime", "crime_suspected",
        "financial_loss_gbp", "loss_significant_to_person", "has_capacity", "consent_to_share",
        "staff_removed_from_regulated_activity", "harm_from_care", "privacy_intrusion", "personal_data_breach", "breach_risk",
    ]

    // Safety first.
    var imminentHarm: Bool?, death = false, seriousInjury = false, selfHarmRisk = false, awareAt: Date?, distress: Distress?
    // Who is involved.
    var under18: Bool?, childrenAtRisk = false, victimWasChild = false, careAndSupportNeeds: Bool?, inRegulatedService: Bool?
    var allegedPerpetrator: Perpetrator?, worksWithChildren: Bool?, registeredProfessional = false, holdsLPAOrDeputyship = false
    var staffMisconductSuspected: Bool?
    // What is happening.
    var abuseTypes: AbuseTypes?, fraudOrScam = false, radicalisationConcern = false, domesticAbuseRisk: DomesticAbuseRisk?
    var childImageSharing = ChildImageSharing.noImages
    var coercionOrControl: Bool?, exploitation: Bool?, credibleThreat: Bool?, repeated: Bool?, harmOccurred: Bool?
    var seriousCrime: Bool?, crimeSuspected: Bool?, financialLossGBP: Double?, lossSignificantToPerson: Bool?
    // The person's capacity and wishes.
    var hasCapacity: Bool?, consentToShare: Consent?
    // Staff and data.
    var staffRemovedFromRegulatedActivity: Bool?, harmFromCare = false, privacyIntrusion = false
    var personalDataBreach: Bool?, breachRisk: BreachRisk?

    /// Converts facts as the engine is given them (outside the timing). A concern left unanswered
    /// keeps its "not raised" default, as the policy's `absent:` says.
    init(_ facts: Facts) {
        func bool(_ id: String) -> Bool? { if case .bool(let flag)? = facts[id] { flag } else { nil } }
        func word<Value: RawRepresentable>(_ id: String) -> Value? where Value.RawValue == String {
            if case .word(let word)? = facts[id] { Value(rawValue: word) } else { nil }
        }
        imminentHarm = bool("imminent_harm")
        death = bool("death") ?? false
        seriousInjury = bool("serious_injury") ?? false
        selfHarmRisk = bool("self_harm_risk") ?? false
        if case .datetime(let date)? = facts["aware_at"] { awareAt = date }
        distress = word("distress")
        under18 = bool("under_18")
        childrenAtRisk = bool("children_at_risk") ?? false
        victimWasChild = bool("victim_was_child") ?? false
        careAndSupportNeeds = bool("care_and_support_needs")
        inRegulatedService = bool("in_regulated_service")
        allegedPerpetrator = word("alleged_perpetrator")
        worksWithChildren = bool("works_with_children")
        registeredProfessional = bool("registered_professional") ?? false
        holdsLPAOrDeputyship = bool("holds_lpa_or_deputyship") ?? false
        staffMisconductSuspected = bool("staff_misconduct_suspected")
        if case .set(let members)? = facts["abuse_types"] {
            var types = AbuseTypes()
            for (index, name) in AbuseTypes.names.enumerated() where members.contains(name) { types.insert(AbuseTypes(rawValue: 1 << index)) }
            abuseTypes = types
        }
        fraudOrScam = bool("fraud_or_scam") ?? false
        radicalisationConcern = bool("radicalisation_concern") ?? false
        domesticAbuseRisk = word("domestic_abuse_risk")
        childImageSharing = word("child_image_sharing") ?? .noImages
        coercionOrControl = bool("coercion_or_control")
        exploitation = bool("exploitation")
        credibleThreat = bool("credible_threat")
        repeated = bool("repeated")
        harmOccurred = bool("harm_occurred")
        seriousCrime = bool("serious_crime")
        crimeSuspected = bool("crime_suspected")
        if case .number(let number)? = facts["financial_loss_gbp"] { financialLossGBP = number }
        lossSignificantToPerson = bool("loss_significant_to_person")
        hasCapacity = bool("has_capacity")
        consentToShare = word("consent_to_share")
        staffRemovedFromRegulatedActivity = bool("staff_removed_from_regulated_activity")
        harmFromCare = bool("harm_from_care") ?? false
        privacyIntrusion = bool("privacy_intrusion") ?? false
        personalDataBreach = bool("personal_data_breach")
        breachRisk = word("breach_risk")
    }
}
