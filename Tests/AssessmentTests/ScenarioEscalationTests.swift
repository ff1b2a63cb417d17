import Assessment
import ScenarioKit
import Testing
import ThresholdEngine

/// The escalate nodes that issue 12 (item 6) corrected for policy 2027.1: on each scenario's best
/// path, the facts known at the node (start facts plus every reveal on the way, the node's own
/// included) must make the engine require exactly the channels the scenario now teaches, and the
/// best path must choose exactly those.
@Suite("scenario escalations under policy 2027.1")
struct ScenarioEscalationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let scenario: String
        let node: String
        /// The engine's required channels, in the policy's order.
        let required: [String]
        /// The engine's consult channels, in the policy's order.
        var consult: [String] = []
        /// Facts the fix rests on, as known at the node on the best path.
        var facts: [String: FactValue] = [:]
        /// Channels that must come out not required (neither required nor consult) here.
        var notRaised: [String] = []

        var testDescription: String { "\(scenario) › \(node)" }
    }

    static let cases: [Case] = [
        Case(
            scenario: "home-camera-monitoring", node: "first-escalation",
            required: ["manager_on_call", "data_protection_lead"],
            consult: ["ico_report", "inform_individuals"],
            facts: ["privacy_intrusion": .bool(true), "alleged_perpetrator": .word("none")],
            notRaised: ["safeguarding_referral", "police", "cqc_notification", "hr_conduct"]),
        Case(
            scenario: "home-camera-monitoring", node: "second-escalation",
            required: ["manager_on_call", "safeguarding_referral", "police", "data_protection_lead", "ico_report", "cqc_notification", "hr_conduct"],
            facts: ["works_with_children": .bool(false)],
            notRaised: ["lado", "dbs_referral"]),
        Case(
            scenario: "romance-scam", node: "first-call",
            required: ["manager_on_call"],
            consult: ["safeguarding_referral", "police", "cqc_notification", "report_fraud"],
            facts: ["fraud_or_scam": .bool(true), "abuse_types": .set([]), "consent_to_share": .word("refused")],
            notRaised: ["marac", "nrm", "prevent", "lado"]),
        Case(
            scenario: "romance-scam", node: "second-call",
            // Exploitation overrides her refusal for Report Fraud as for the referral.
            required: ["manager_on_call", "safeguarding_referral", "police", "cqc_notification", "report_fraud"],
            facts: ["fraud_or_scam": .bool(true), "abuse_types": .set(["financial"]), "exploitation": .bool(true)]),
        Case(
            scenario: "new-friends-money", node: "first-escalation",
            required: ["manager_on_call", "safeguarding_referral", "police", "cqc_notification"],
            facts: ["exploitation": .bool(true), "has_capacity": .bool(true), "consent_to_share": .word("refused")],
            notRaised: ["report_fraud", "hr_conduct"]),
        Case(
            scenario: "new-friends-money", node: "second-escalation",
            required: ["manager_on_call", "safeguarding_referral", "police", "cqc_notification"],
            facts: ["exploitation": .bool(true), "credible_threat": .bool(true)]),
        Case(
            scenario: "delayed-escalation-review", node: "escalate-now",
            required: ["manager_on_call", "safeguarding_referral", "cqc_notification"],
            consult: ["duty_of_candour"],
            facts: ["harm_from_care": .bool(true), "staff_misconduct_suspected": .bool(false), "alleged_perpetrator": .word("none")],
            notRaised: ["hr_conduct", "dbs_referral", "lado", "police"]),
        Case(
            scenario: "coercive-texting", node: "first-escalation",
            required: ["manager_on_call", "safeguarding_referral", "cqc_notification"],
            consult: ["police", "marac"]),
        Case(
            scenario: "coercive-texting", node: "second-escalation",
            required: ["manager_on_call", "safeguarding_referral", "police", "cqc_notification", "marac"],
            facts: ["domestic_abuse_risk": .word("high"), "credible_threat": .bool(true)]),
        Case(
            scenario: "hidden-coercion-at-home", node: "decide-escalation",
            required: ["manager_on_call", "safeguarding_referral", "police", "cqc_notification", "marac"],
            facts: ["domestic_abuse_risk": .word("high"), "consent_to_share": .word("unsafe_to_seek")]),
        Case(
            scenario: "care-home-allegation", node: "decide-escalations",
            required: ["manager_on_call", "safeguarding_referral", "police", "cqc_notification", "hr_conduct"],
            facts: ["serious_injury": .bool(false), "works_with_children": .bool(false)],
            notRaised: ["lado", "dbs_referral"]),
        Case(
            scenario: "scam-link", node: "escalation-decision",
            required: ["manager_on_call", "safeguarding_referral", "police", "cqc_notification", "report_fraud"],
            facts: ["fraud_or_scam": .bool(true)],
            notRaised: ["dbs_referral", "hr_conduct"]),
        Case(
            scenario: "lost-work-phone", node: "second-escalation",
            required: [
                "manager_on_call", "safeguarding_referral", "police", "data_protection_lead", "ico_report", "inform_individuals",
                "cqc_notification", "report_fraud",
            ],
            facts: ["fraud_or_scam": .bool(true)]),
        Case(
            scenario: "boundary-review", node: "check-escalations",
            required: ["manager_on_call", "safeguarding_referral", "hr_conduct"],
            facts: ["works_with_children": .bool(false)],
            notRaised: ["lado", "cqc_notification"]),
        Case(
            scenario: "care-plan-review", node: "escalate-now",
            required: ["manager_on_call", "safeguarding_referral", "data_protection_lead", "ico_report", "inform_individuals", "cqc_notification", "hr_conduct"],
            consult: ["police"],
            notRaised: ["lado"]),
        Case(
            scenario: "staff-boundary-breach", node: "first-escalation",
            required: ["manager_on_call", "safeguarding_referral", "police", "cqc_notification", "hr_conduct"],
            consult: ["lado"]),
        Case(
            scenario: "staff-boundary-breach", node: "second-escalation",
            required: ["manager_on_call", "safeguarding_referral", "police", "cqc_notification", "hr_conduct", "dbs_referral"],
            facts: ["works_with_children": .bool(false)],
            notRaised: ["lado"]),
        Case(
            scenario: "young-person-out-of-hours", node: "who-to-tell",
            required: ["manager_on_call", "police", "childrens_services"],
            facts: ["child_image_sharing": .word("aggravated"), "self_harm_risk": .bool(true), "children_at_risk": .bool(true)],
            notRaised: ["safeguarding_referral", "report_fraud"]),
    ]

    /// The facts known at `node` on the best path: the start facts plus each reveal up to and
    /// including the node's own, as a session learns them.
    static func factsOnBestPath(to node: String, in scenario: Scenario, analysis: ScoreAnalysis) throws -> Facts {
        let path = analysis.bestPath.map(\.node)
        let index = try #require(path.firstIndex(of: node), "'\(node)' is not on the best path \(path)")
        return path[...index].reduce(scenario.facts) { known, id in known.merging(scenario[id]?.reveal ?? Facts()) }
    }

    @Test("the engine's required set at the node, and the best path's choice", arguments: cases)
    func escalation(_ pinned: Case) throws {
        let scorer = try Marking.scorer()
        let scenario = try Marking.library(pinned.scenario, scorer: scorer)
        let analysis = ScoreAnalysis.analyse(scenario, scorer: scorer)
        let known = try Self.factsOnBestPath(to: pinned.node, in: scenario, analysis: analysis)
        for (id, value) in pinned.facts.sorted(by: { $0.key < $1.key }) {
            #expect(known[id] == value, "\(id) at \(pinned.node)")
        }

        let engine = scorer.judgeEscalation([], facts: known)
        #expect(engine.required == pinned.required)
        #expect(engine.consult == pinned.consult)
        for id in pinned.notRaised {
            #expect(!engine.required.contains(id) && !engine.consult.contains(id), "\(id) should not be raised at \(pinned.node)")
        }

        let decision = try #require(analysis.bestResult.decisions.first { $0.node == pinned.node })
        let marked = try #require(decision.escalation)
        #expect(marked.required == pinned.required, "the session's facts agree with the reveals on the path")
        #expect(marked.chosen == pinned.required, "the best path chooses exactly what the engine requires")
        #expect(marked.missed.isEmpty && marked.overUsed.isEmpty)
        #expect(decision.fraction == 1)
    }

    /// Choice nodes whose best answer now carries the practice the escalations rest on.
    static let bestChoices: [(scenario: String, node: String, choice: String)] = [
        ("home-camera-monitoring", "iris-view", "agree-with-iris"),
        ("care-home-allegation", "preserve-evidence", "body-map-separate"),
        ("new-friends-money", "decision-log", "thresholds-and-review"),
        ("coercive-texting", "consent-conversation", "explain-and-ask"),
        ("delayed-escalation-review", "candour", "candour-meeting"),
    ]

    @Test("the best path takes the choice that teaches the fix", arguments: bestChoices.indices)
    func bestChoice(_ index: Int) throws {
        let pinned = Self.bestChoices[index]
        let scorer = try Marking.scorer()
        let scenario = try Marking.library(pinned.scenario, scorer: scorer)
        let analysis = ScoreAnalysis.analyse(scenario, scorer: scorer)
        let step = try #require(analysis.bestPath.first { $0.node == pinned.node }, "\(pinned.node) is on the best path")
        guard case .choices(let choices)? = scenario[pinned.node]?.kind else {
            Issue.record("\(pinned.node) is not a choice node")
            return
        }
        let choice = try #require(choices.first { $0.id == pinned.choice })
        #expect(step.summary == choice.text)
        #expect(choice.points == choices.map(\.points).max())
    }

    @Test func theCareHomeBestChoiceAsksForAMedicalReview() throws {
        let scorer = try Marking.scorer()
        let scenario = try Marking.library("care-home-allegation", scorer: scorer)
        guard case .choices(let choices)? = scenario["preserve-evidence"]?.kind else {
            Issue.record("preserve-evidence is not a choice node")
            return
        }
        let best = try #require(choices.max { $0.points < $1.points })
        #expect(best.id == "body-map-separate")
        #expect(best.text.contains("body map") && best.text.contains("GP"))
        let bodyMapOnly = try #require(choices.first { $0.id == "body-map-only" })
        #expect(bodyMapOnly.points < best.points, "a body map without a medical review is not the best answer")
    }
}
