import Foundation
import ThresholdEngine

/// Decisions per second for the default policy, next to a hand-written Swift function of the same
/// rules. Goal: at least 1M decisions/s on one core, within 3x of the hand-written function.
enum ThresholdBenchmark {
    static var benchmark: Benchmark {
        Benchmark(name: "thresholds", summary: "decisions/s for Scoring/thresholds.yaml vs the same rules hand-written as plain ifs", run: run)
    }

    static let passes = 20

    static func run() throws {
        let policy = try Policy.load(path: projectRoot.appendingPathComponent("Scoring/thresholds.yaml").path)
        // Prepared before timing, each side in its own typed form: the engine gets facts encoded for the
        // policy (`PreparedFacts`), the hand-written function a struct of optionals with Swift enums
        // and an option set. Neither side looks at a string while timed.
        let facts = IncidentSamples.make(count: 1000, schema: policy.schema)
        let vectors = facts.map { FactVector($0, schema: policy.schema) }
        let prepared = vectors.map { PreparedFacts($0, for: policy) }
        let structs = facts.map(HandWrittenFacts.init)
        let clock = Date(timeIntervalSince1970: 1_773_454_200)
        try checkAgreement(policy: policy, vectors: vectors, structs: structs, clock: clock)

        let decisions = Double(vectors.count * passes)
        let report = SideBySide.compare(
            "\(vectors.count) incidents (about a quarter of facts unknown) × \(passes) passes",
            subjectName: "engine      ", baselineName: "hand-written", goal: "≤ 3x, ≥ 1M decisions/s",
            subject: {
                var sum = 0
                for _ in 0..<passes {
                    for incident in prepared {
                        let decision = policy.decide(incident, at: clock)
                        for index in 0..<8 { sum &+= Int(decision.status(at: index) == .required ? 2 : decision.status(at: index) == .consult ? 1 : 0) }
                    }
                }
                return sum
            },
            baseline: {
                var sum = 0
                for _ in 0..<passes {
                    for incident in structs {
                        let decision = HandWrittenThresholds.decide(incident)
                        for index in 0..<8 { sum &+= Int(decision.statuses[index]) }
                    }
                }
                return sum
            })
        print(String(format: "  engine:       %.2fM decisions/s", decisions / report.subject / 1e6))
        print(String(format: "  hand-written: %.2fM decisions/s", decisions / report.baseline / 1e6))

        // For reference, the slower doors: encoding a fact vector each time, and from `Facts` dictionaries.
        var sink = 0
        let fromVectors = SideBySide.median((0..<7).map { _ in
            SideBySide.time { for vector in vectors { sink &+= policy.decide(vector, at: clock).ruleTruths.count } }
        })
        let fromFacts = SideBySide.median((0..<7).map { _ in
            SideBySide.time { for incident in facts { sink &+= policy.decide(incident, at: clock).ruleTruths.count } }
        })
        print(String(format: "  engine from FactVector (encoding each time): %.2fM decisions/s", Double(vectors.count) / fromVectors / 1e6))
        print(String(format: "  engine from Facts dictionaries: %.2fM decisions/s  [sink %d]", Double(facts.count) / fromFacts / 1e6, sink & 1))
    }

    /// The hand-written function must be a faithful copy of the policy, or the comparison means nothing.
    static func checkAgreement(policy: Policy, vectors: [FactVector], structs: [HandWrittenFacts], clock: Date) throws {
        guard policy.escalations.map(\.id) == HandWrittenThresholds.escalations else {
            throw BenchmarkError("the policy's escalations changed; update HandWrittenThresholds")
        }
        for (vector, incident) in zip(vectors, structs) {
            let engine = policy.decide(PreparedFacts(vector, for: policy), at: clock)
            let hand = HandWrittenThresholds.decide(incident)
            for index in 0..<8 where engine.status(at: index).strength != hand.statuses[index] {
                throw BenchmarkError("the hand-written rules disagree with the policy on \(policy.escalations[index].id); update HandWrittenThresholds")
            }
        }
        print("  hand-written rules agree with the policy on all \(vectors.count) incidents")
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension EscalationStatus {
    var strength: UInt8 { self == .required ? 2 : self == .consult ? 1 : 0 }
}

/// Varied incidents: each fact unknown about a quarter of the time, otherwise a random value.
enum IncidentSamples {
    static func make(count: Int, schema: FactSchema) -> [Facts] {
        var generator = SplitMix(state: 2026)
        return (0..<count).map { _ in
            var facts = Facts()
            for definition in schema.definitions where Int.random(in: 0..<4, using: &generator) > 0 {
                switch definition.type {
                case .bool: facts[definition.id] = .bool(Bool.random(using: &generator))
                case .number: facts[definition.id] = .number([0, 0, 20, 250, 4000].randomElement(using: &generator) ?? 0)
                case .enum: facts[definition.id] = definition.values.randomElement(using: &generator).map(FactValue.word)
                case .set: facts[definition.id] = .set(Set(definition.values.filter { _ in Int.random(in: 0..<6, using: &generator) == 0 }))
                case .datetime: facts[definition.id] = .datetime(Date(timeIntervalSince1970: 1_773_450_000))
                }
            }
            return facts
        }
    }

    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}

// MARK: - The same rules, hand-written

/// The default policy's facts as a plain struct of optionals: nil is unknown.
struct HandWrittenFacts {
    enum Distress { case none, low, significant }
    enum Perpetrator { case staff, volunteer, familyOrPartner, anotherResident, onlineContact, stranger, unknown, none }
    enum Consent { case given, refused, notSought, unsafeToSeek }
    enum BreachRisk { case unlikely, risk, high }
    struct AbuseTypes: OptionSet {
        let rawValue: UInt16
        static let financial = AbuseTypes(rawValue: 1 << 0), sexual = AbuseTypes(rawValue: 1 << 1)
        static let psychological = AbuseTypes(rawValue: 1 << 2), physical = AbuseTypes(rawValue: 1 << 3)
        static let domestic = AbuseTypes(rawValue: 1 << 4), neglect = AbuseTypes(rawValue: 1 << 5)
        static let organisational = AbuseTypes(rawValue: 1 << 6), discriminatory = AbuseTypes(rawValue: 1 << 7)
        static let modernSlavery = AbuseTypes(rawValue: 1 << 8), selfNeglect = AbuseTypes(rawValue: 1 << 9)
        static let all = AbuseTypes(rawValue: 0x3ff)
        static let names = ["financial", "sexual", "psychological", "physical", "domestic", "neglect", "organisational", "discriminatory", "modern_slavery", "self_neglect"]
    }

    var imminentHarm: Bool?, awareAt: Date?, distress: Distress?, careAndSupportNeeds: Bool?, inRegulatedService: Bool?
    var allegedPerpetrator: Perpetrator?, staffMisconductSuspected: Bool?, abuseTypes: AbuseTypes?
    var coercionOrControl: Bool?, exploitation: Bool?, credibleThreat: Bool?, repeated: Bool?, harmOccurred: Bool?
    var crimeSuspected: Bool?, financialLossGBP: Double?, lossSignificantToPerson: Bool?, hasCapacity: Bool?
    var consentToShare: Consent?, staffRemovedFromRegulatedActivity: Bool?, personalDataBreach: Bool?, breachRisk: BreachRisk?

    /// Converts the benchmark's facts (outside the timing).
    init(_ facts: Facts) {
        func bool(_ id: String) -> Bool? { if case .bool(let flag)? = facts[id] { flag } else { nil } }
        func word(_ id: String) -> String? { if case .word(let word)? = facts[id] { word } else { nil } }
        imminentHarm = bool("imminent_harm")
        if case .datetime(let date)? = facts["aware_at"] { awareAt = date }
        distress = word("distress").flatMap { ["none": .none, "low": .low, "significant": .significant][$0] }
        careAndSupportNeeds = bool("care_and_support_needs")
        inRegulatedService = bool("in_regulated_service")
        allegedPerpetrator = word("alleged_perpetrator").flatMap {
            ["staff": .staff, "volunteer": .volunteer, "family_or_partner": .familyOrPartner, "another_resident": .anotherResident,
             "online_contact": .onlineContact, "stranger": .stranger, "unknown": .unknown, "none": .none][$0]
        }
        staffMisconductSuspected = bool("staff_misconduct_suspected")
        if case .set(let members)? = facts["abuse_types"] {
            var types = AbuseTypes()
            for (index, name) in AbuseTypes.names.enumerated() where members.contains(name) { types.insert(AbuseTypes(rawValue: 1 << index)) }
            abuseTypes = types
        }
        coercionOrControl = bool("coercion_or_control")
        exploitation = bool("exploitation")
        credibleThreat = bool("credible_threat")
        repeated = bool("repeated")
        harmOccurred = bool("harm_occurred")
        crimeSuspected = bool("crime_suspected")
        if case .number(let number)? = facts["financial_loss_gbp"] { financialLossGBP = number }
        lossSignificantToPerson = bool("loss_significant_to_person")
        hasCapacity = bool("has_capacity")
        consentToShare = word("consent_to_share").flatMap { ["given": .given, "refused": .refused, "not_sought": .notSought, "unsafe_to_seek": .unsafeToSeek][$0] }
        staffRemovedFromRegulatedActivity = bool("staff_removed_from_regulated_activity")
        personalDataBreach = bool("personal_data_breach")
        breachRisk = word("breach_risk").flatMap { ["unlikely": .unlikely, "risk": .risk, "high": .high][$0] }
    }
}

/// The baseline: each rule of Scoring/thresholds.yaml as plain `if`s over optionals,
/// with Kleene's logic written out (nil is unknown).
enum HandWrittenThresholds {
    static let escalations = ["manager_on_call", "safeguarding_referral", "police", "ico_report", "inform_individuals", "cqc_notification", "hr_conduct", "dbs_referral"]
    static let manager = 0, safeguarding = 1, police = 2, ico = 3, inform = 4, cqc = 5, hr = 6, dbs = 7
    /// Deadline urgency as the engine orders it: immediately 0, without-delay 1, Nh 1+N.
    static let immediately: Int32 = 0, withoutDelay: Int32 = 1, within24h: Int32 = 25, within72h: Int32 = 73

    /// Statuses (0 not required, 1 consult, 2 required), deadline urgencies, and which rules fired.
    struct Result {
        var statuses = SIMD8<UInt8>(repeating: 0)
        var urgency = SIMD8<Int32>(repeating: .max)
        var fired: UInt32 = 0
        var unknown: UInt32 = 0
    }

    @inline(__always) static func and(_ a: Bool?, _ b: Bool?) -> Bool? {
        if a == false || b == false { return false }
        return a == nil || b == nil ? nil : true
    }

    @inline(__always) static func or(_ a: Bool?, _ b: Bool?) -> Bool? {
        if a == true || b == true { return true }
        return a == nil || b == nil ? nil : false
    }

    @inline(__always) static func not(_ a: Bool?) -> Bool? { a.map { !$0 } }

    @inline(__always) static func any(_ types: HandWrittenFacts.AbuseTypes?, _ wanted: HandWrittenFacts.AbuseTypes) -> Bool? {
        types.map { !$0.isDisjoint(with: wanted) }
    }

    typealias Outcome = (escalation: Int, status: UInt8, urgency: Int32)

    /// A rule's outcomes: its own status when true, consult when unknown. Fixed arities, because a
    /// variadic parameter would allocate an array on every call.
    @inline(__always) static func fire(_ truth: Bool?, rule: Int, _ result: inout Result, _ a: Outcome, _ b: Outcome? = nil, _ c: Outcome? = nil) {
        guard truth != false else { return }
        let certain = truth == true
        if certain { result.fired |= 1 << rule } else { result.unknown |= 1 << rule }
        raise(&result, a.escalation, certain ? a.status : 1, a.urgency)
        if let b { raise(&result, b.escalation, certain ? b.status : 1, b.urgency) }
        if let c { raise(&result, c.escalation, certain ? c.status : 1, c.urgency) }
    }

    @inline(__always) static func raise(_ result: inout Result, _ escalation: Int, _ status: UInt8, _ urgency: Int32) {
        if status > result.statuses[escalation] {
            result.statuses[escalation] = status
            result.urgency[escalation] = urgency
        } else if status == result.statuses[escalation], urgency < result.urgency[escalation] {
            result.urgency[escalation] = urgency
        }
    }

    static func decide(_ f: HandWrittenFacts) -> Result {
        var r = Result()
        let allAbuse = HandWrittenFacts.AbuseTypes.all
        let trust = f.allegedPerpetrator.map { $0 == .staff || $0 == .volunteer }
        fire(f.imminentHarm, rule: 0, &r, (police, 2, immediately), (manager, 2, immediately))
        var concern = or(f.distress.map { $0 == .significant }, f.staffMisconductSuspected)
        concern = or(concern, or(f.coercionOrControl, f.exploitation))
        concern = or(concern, or(f.credibleThreat, f.harmOccurred))
        concern = or(concern, or(f.crimeSuspected, f.lossSignificantToPerson))
        concern = or(concern, or(f.consentToShare.map { $0 == .unsafeToSeek }, f.personalDataBreach))
        concern = or(concern, any(f.abuseTypes, allAbuse))
        fire(concern, rule: 1, &r, (manager, 2, immediately))
        fire(or(trust, f.staffMisconductSuspected), rule: 2, &r, (manager, 2, immediately), (safeguarding, 2, within24h), (hr, 2, within24h))
        fire(and(f.careAndSupportNeeds, or(f.coercionOrControl, f.exploitation)), rule: 3, &r, (safeguarding, 2, within24h))
        fire(and(f.careAndSupportNeeds, or(f.credibleThreat, f.lossSignificantToPerson)), rule: 4, &r, (safeguarding, 2, within24h))
        let distressing = or(f.distress.map { $0 == .significant }, any(f.abuseTypes, .psychological))
        fire(and(f.careAndSupportNeeds, and(f.repeated, distressing)), rule: 5, &r, (safeguarding, 2, within24h))
        fire(and(f.careAndSupportNeeds, or(f.imminentHarm, f.crimeSuspected)), rule: 6, &r, (safeguarding, 2, within24h))
        fire(and(f.careAndSupportNeeds, f.consentToShare.map { $0 == .unsafeToSeek }), rule: 7, &r, (safeguarding, 2, within24h))
        let refusedWithCapacity = and(f.hasCapacity, f.consentToShare.map { $0 == .refused })
        let abuse = and(f.careAndSupportNeeds, any(f.abuseTypes, allAbuse))
        fire(and(abuse, not(refusedWithCapacity)), rule: 8, &r, (safeguarding, 2, within24h))
        fire(and(abuse, refusedWithCapacity), rule: 9, &r, (safeguarding, 1, within24h))
        fire(f.crimeSuspected, rule: 10, &r, (police, 2, within24h))
        fire(f.credibleThreat, rule: 11, &r, (police, 2, within24h))
        fire(or(f.exploitation, any(f.abuseTypes, .modernSlavery)), rule: 12, &r, (police, 2, within24h))
        fire(any(f.abuseTypes, .sexual), rule: 13, &r, (police, 2, within24h))
        fire(and(any(f.abuseTypes, .financial), f.financialLossGBP.map { $0 > 0 }), rule: 14, &r, (police, 1, within24h))
        let partner = f.allegedPerpetrator.map { $0 == .familyOrPartner }
        fire(or(any(f.abuseTypes, .domestic), and(f.coercionOrControl, partner)), rule: 15, &r, (police, 1, within24h))
        fire(and(f.repeated, distressing), rule: 16, &r, (police, 1, within24h))
        fire(any(f.abuseTypes, [.physical, .discriminatory]), rule: 17, &r, (police, 1, within24h))
        fire(and(f.personalDataBreach, f.breachRisk.map { $0 != .unlikely }), rule: 18, &r, (ico, 2, within72h))
        fire(and(f.personalDataBreach, f.breachRisk.map { $0 == .high }), rule: 19, &r, (inform, 2, withoutDelay))
        var reportable = or(any(f.abuseTypes, allAbuse.subtracting(.selfNeglect)), or(f.coercionOrControl, f.exploitation))
        reportable = or(reportable, or(f.credibleThreat, or(f.staffMisconductSuspected, trust)))
        fire(and(f.inRegulatedService, reportable), rule: 20, &r, (cqc, 2, withoutDelay))
        fire(and(f.inRegulatedService, or(f.imminentHarm, f.crimeSuspected)), rule: 21, &r, (cqc, 2, withoutDelay))
        fire(and(f.staffRemovedFromRegulatedActivity, or(f.harmOccurred, f.staffMisconductSuspected)), rule: 22, &r, (dbs, 2, withoutDelay))
        return r
    }
}
