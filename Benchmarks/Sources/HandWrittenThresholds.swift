/// The baseline: each rule of Scoring/thresholds.yaml (policy 2027.1) as plain Swift over
/// `HandWrittenFacts`, with Kleene's logic written out (`Kleene.swift`), in the policy's rule order.
/// `ThresholdBenchmark.checkAgreement` holds it to the policy on random incidents and every golden case.
enum HandWrittenThresholds {
    /// The policy's escalations, in its order: an escalation's index here is its index in `Result`.
    static let escalations = [
        "manager_on_call", "safeguarding_referral", "police", "data_protection_lead", "ico_report", "inform_individuals",
        "cqc_notification", "hr_conduct", "dbs_referral", "childrens_services", "lado", "prevent", "marac", "opg",
        "professional_regulator", "report_fraud", "nrm", "duty_of_candour",
    ]
    static let manager = 0, safeguarding = 1, police = 2, dataProtectionLead = 3, ico = 4, inform = 5, cqc = 6, hr = 7, dbs = 8
    static let childrens = 9, lado = 10, prevent = 11, marac = 12, opg = 13, regulator = 14, reportFraud = 15, nrm = 16, candour = 17

    /// The policy's rules, in its order: rule *r* is bit *r* of `Result.fired` and `Result.unknown`.
    static let rules = [
        "imminent-harm-police", "any-concern-manager", "position-of-trust", "lado-allegation", "coercion-exploitation-referral",
        "threat-or-significant-loss-referral", "harassment-referral", "danger-or-crime-referral", "unsafe-to-seek-consent-referral",
        "domestic-high-risk-referral", "abuse-concern-referral", "capacity-refusal-consult", "radicalisation-prevent", "marac-high-risk",
        "opg-attorney-or-deputy", "regulator-serious-concern", "regulator-consult", "report-fraud", "report-fraud-refusal-consult",
        "nrm-modern-slavery", "duty-of-candour", "duty-of-candour-consult", "childrens-services-referral", "child-significant-harm",
        "child-position-of-trust", "child-distress-consult", "children-at-risk-referral", "child-image-peer", "child-image-aggravated",
        "crime-police", "crime-refusal-police-consult", "credible-threat-police", "exploitation-police", "sexual-abuse-police",
        "money-taken-police-consult", "domestic-abuse-police-consult", "harassment-police-consult", "assault-or-hate-police-consult",
        "data-protection-lead", "privacy-intrusion-manager", "breach-ico-report", "high-risk-breach-tell-people", "cqc-death",
        "cqc-serious-injury", "cqc-abuse-notification", "cqc-police-incident", "dbs-referral",
    ]

    static let required: UInt8 = 2, consult: UInt8 = 1
    /// Deadline urgency as the engine orders it: immediately 0, without-delay 1, Nh 1+N.
    static let immediately: Int32 = 0, withoutDelay: Int32 = 1, within24h: Int32 = 25, within72h: Int32 = 73

    typealias Outcome = (escalation: Int, status: UInt8, urgency: Int32)

    /// Statuses (0 not required, 1 consult, 2 required), deadline urgencies, and which rules fired.
    /// Fixed-size vectors, so deciding allocates nothing.
    struct Result {
        var statuses = SIMD32<UInt8>(repeating: 0)
        var urgency = SIMD32<Int32>(repeating: .max)
        var fired: UInt64 = 0
        var unknown: UInt64 = 0

        /// A rule's outcomes: its own status when true, consult when unknown. Fixed arities, because a
        /// variadic parameter would allocate an array on every call.
        @inline(__always) mutating func rule(_ index: Int, _ truth: Bool?, _ a: Outcome, _ b: Outcome? = nil, _ c: Outcome? = nil, _ d: Outcome? = nil) {
            guard let truth else {
                unknown |= 1 << index
                raise(a.escalation, consult, a.urgency)
                if let b { raise(b.escalation, consult, b.urgency) }
                if let c { raise(c.escalation, consult, c.urgency) }
                if let d { raise(d.escalation, consult, d.urgency) }
                return
            }
            guard truth else { return }
            fired |= 1 << index
            raise(a.escalation, a.status, a.urgency)
            if let b { raise(b.escalation, b.status, b.urgency) }
            if let c { raise(c.escalation, c.status, c.urgency) }
            if let d { raise(d.escalation, d.status, d.urgency) }
        }

        /// The strongest status wins; among equal ones, the earliest deadline.
        @inline(__always) mutating func raise(_ escalation: Int, _ status: UInt8, _ urgency: Int32) {
            if status > statuses[escalation] {
                statuses[escalation] = status
                self.urgency[escalation] = urgency
            } else if status == statuses[escalation], urgency < self.urgency[escalation] {
                self.urgency[escalation] = urgency
            }
        }
    }

    /// `set in [...]`, `'member' in set`: unknown while the set is.
    @inline(__always) static func any(_ types: HandWrittenFacts.AbuseTypes?, _ wanted: HandWrittenFacts.AbuseTypes) -> Bool? {
        types.map { !$0.isDisjoint(with: wanted) }
    }

    /// Every rule over `f`, in the policy's order; conditions shared by several rules are worked out once.
    static func decide(_ f: HandWrittenFacts) -> Result {
        var r = Result()
        let everyAbuse = HandWrittenFacts.AbuseTypes.all
        let anyAbuse = any(f.abuseTypes, everyAbuse)
        let trust = f.allegedPerpetrator.map { $0 == .staff || $0 == .volunteer } ||| f.staffMisconductSuspected
        // `not known(under_18) or not under_18`: never unknown.
        let adult: Bool? = f.under18 != true
        let significantDistress = f.distress.equals(.significant)
        let unsafeToSeek = f.consentToShare.equals(.unsafeToSeek)
        let refusedWithCapacity = f.hasCapacity &&& f.consentToShare.equals(.refused)
        // `known(consent_to_share) and consent_to_share == refused and has_capacity`: a refusal counts only once known.
        let knownRefusal: Bool? = f.consentToShare == nil ? false : refusedWithCapacity
        let reportableCrime = f.crimeSuspected &&& (f.seriousCrime ||| f.childrenAtRisk ||| not(knownRefusal))
        let notPeerImages: Bool? = f.childImageSharing != .peerNoAggravatingFactors
        let sexual = any(f.abuseTypes, .sexual), modernSlavery = any(f.abuseTypes, .modernSlavery)
        let harassment = f.repeated &&& (significantDistress ||| any(f.abuseTypes, .psychological))
        let domestic = any(f.abuseTypes, .domestic) ||| (f.allegedPerpetrator.equals(.familyOrPartner) &&& f.coercionOrControl)
        let care = f.careAndSupportNeeds &&& adult

        // Safety.
        r.rule(0, f.imminentHarm, (police, required, immediately), (manager, required, immediately))
        let concern = significantDistress ||| f.staffMisconductSuspected ||| f.coercionOrControl ||| f.exploitation
            ||| f.credibleThreat ||| f.harmOccurred ||| f.crimeSuspected ||| f.lossSignificantToPerson
            ||| unsafeToSeek ||| f.personalDataBreach ||| anyAbuse
            ||| f.death ||| f.seriousInjury ||| f.selfHarmRisk ||| f.childrenAtRisk ||| f.victimWasChild
            ||| f.radicalisationConcern ||| f.holdsLPAOrDeputyship ||| f.registeredProfessional ||| f.fraudOrScam
            ||| f.harmFromCare ||| (f.childImageSharing != .noImages)
        r.rule(1, concern, (manager, required, immediately))
        // People in positions of trust.
        r.rule(2, trust &&& adult, (manager, required, immediately), (safeguarding, required, within24h), (hr, required, within24h))
        let knownToWorkWithChildren: Bool? = f.worksWithChildren != nil
        r.rule(3, f.worksWithChildren &&& (trust ||| f.victimWasChild ||| (knownToWorkWithChildren &&& (anyAbuse ||| f.harmOccurred ||| f.crimeSuspected))),
               (lado, required, within24h))
        // Safeguarding referral.
        r.rule(4, care &&& (f.coercionOrControl ||| f.exploitation), (safeguarding, required, within24h))
        r.rule(5, care &&& (f.credibleThreat ||| f.lossSignificantToPerson), (safeguarding, required, within24h))
        r.rule(6, care &&& harassment, (safeguarding, required, within24h))
        r.rule(7, care &&& (f.imminentHarm ||| reportableCrime), (safeguarding, required, within24h))
        r.rule(8, care &&& unsafeToSeek, (safeguarding, required, within24h))
        let highRiskDomestic = domestic &&& f.domesticAbuseRisk.equals(.high)
        r.rule(9, care &&& highRiskDomestic, (safeguarding, required, within24h))
        r.rule(10, care &&& anyAbuse &&& (f.childrenAtRisk ||| not(refusedWithCapacity)), (safeguarding, required, within24h))
        r.rule(11, care &&& anyAbuse &&& refusedWithCapacity &&& !f.childrenAtRisk, (safeguarding, consult, within24h))
        // Other statutory routes.
        r.rule(12, f.radicalisationConcern, (prevent, required, within24h), (manager, required, immediately))
        r.rule(13, highRiskDomestic, (marac, required, within24h))
        r.rule(14, f.holdsLPAOrDeputyship, (opg, required, within72h))
        r.rule(15, f.registeredProfessional &&& (f.crimeSuspected ||| f.staffRemovedFromRegulatedActivity ||| any(f.abuseTypes, [.financial, .sexual, .physical])),
               (regulator, required, within72h))
        r.rule(16, f.registeredProfessional, (regulator, consult, within72h))
        let pressured = f.coercionOrControl ||| f.exploitation
        r.rule(17, f.fraudOrScam &&& (pressured ||| not(knownRefusal)), (reportFraud, required, within24h))
        r.rule(18, f.fraudOrScam &&& refusedWithCapacity &&& not(f.coercionOrControl) &&& not(f.exploitation), (reportFraud, consult, within24h))
        r.rule(19, modernSlavery, (nrm, required, within24h))
        let harmFromCare = f.inRegulatedService &&& f.harmFromCare
        r.rule(20, harmFromCare &&& (f.death || f.seriousInjury), (candour, required, withoutDelay))
        r.rule(21, harmFromCare &&& f.harmOccurred, (candour, consult, withoutDelay))
        // Children.
        let child = f.under18
        let childHarm = f.harmOccurred ||| f.coercionOrControl ||| f.exploitation ||| f.credibleThreat ||| unsafeToSeek
            ||| (f.repeated &&& significantDistress) ||| any(f.abuseTypes, everyAbuse.subtracting(.sexual))
            ||| (notPeerImages &&& (f.crimeSuspected ||| sexual))
        r.rule(22, child &&& childHarm, (childrens, required, within24h))
        r.rule(23, child &&& (f.imminentHarm ||| f.exploitation ||| f.credibleThreat ||| modernSlavery ||| (sexual &&& notPeerImages)),
               (childrens, required, withoutDelay))
        r.rule(24, child &&& trust, (manager, required, immediately), (childrens, required, within24h), (hr, required, within24h), (lado, required, within24h))
        r.rule(25, child &&& significantDistress, (childrens, consult, within24h))
        r.rule(26, f.childrenAtRisk, (childrens, required, within24h))
        r.rule(27, f.childImageSharing == .peerNoAggravatingFactors, (manager, required, within24h), (childrens, consult, within24h))
        r.rule(28, f.childImageSharing == .aggravated, (police, required, withoutDelay), (childrens, required, withoutDelay))
        // Police.
        r.rule(29, reportableCrime &&& notPeerImages, (police, required, within24h))
        r.rule(30, f.crimeSuspected &&& notPeerImages &&& f.consentToShare.equals(.refused) &&& f.hasCapacity, (police, consult, within24h))
        r.rule(31, f.credibleThreat, (police, required, within24h))
        r.rule(32, f.exploitation ||| modernSlavery, (police, required, within24h))
        r.rule(33, sexual &&& notPeerImages, (police, required, within24h))
        r.rule(34, any(f.abuseTypes, .financial) &&& f.financialLossGBP.map { $0 > 0 }, (police, consult, within24h))
        r.rule(35, domestic, (police, consult, within24h))
        r.rule(36, harassment, (police, consult, within24h))
        r.rule(37, any(f.abuseTypes, [.physical, .discriminatory]), (police, consult, within24h))
        // Data protection.
        r.rule(38, f.personalDataBreach ||| f.privacyIntrusion, (dataProtectionLead, required, withoutDelay))
        r.rule(39, f.privacyIntrusion, (manager, required, immediately))
        r.rule(40, f.personalDataBreach &&& f.breachRisk.map { $0 != .unlikely }, (ico, required, within72h))
        r.rule(41, f.personalDataBreach &&& f.breachRisk.equals(.high), (inform, required, withoutDelay))
        // Regulator.
        r.rule(42, f.inRegulatedService &&& f.death, (cqc, required, withoutDelay))
        r.rule(43, f.inRegulatedService &&& f.seriousInjury, (cqc, required, withoutDelay))
        r.rule(44, f.inRegulatedService &&& (any(f.abuseTypes, everyAbuse.subtracting(.selfNeglect)) ||| pressured ||| f.credibleThreat),
               (cqc, required, withoutDelay))
        let policeIncident = f.imminentHarm ||| f.credibleThreat ||| f.exploitation ||| modernSlavery
            ||| (f.childImageSharing == .aggravated) ||| (notPeerImages &&& sexual) ||| (notPeerImages &&& reportableCrime)
        r.rule(45, f.inRegulatedService &&& policeIncident, (cqc, required, withoutDelay))
        // Barring.
        r.rule(46, trust &&& f.staffRemovedFromRegulatedActivity &&& (f.harmOccurred ||| f.staffMisconductSuspected), (dbs, required, withoutDelay))
        return r
    }
}
