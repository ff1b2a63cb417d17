import Assessment
import ScenarioKit
import Testing
import ThresholdEngine

@Suite("scorer")
struct ScorerTests {
    @Test("choices are marked against the best choice at the node", arguments: [("good", 1.0), ("ok", 1.0 / 3)])
    func choicesAreNormalised(choice: String, fraction: Double) throws {
        let scorer = try Marking.scorer()
        let scenario = try Marking.scenario(Marking.tiny, scorer: scorer)
        var session = Session(scenario: scenario, escalations: scorer.policy.escalations.map(\.id))
        try session.answer(.choice(choice))
        let (result, critical) = scorer.mark(try #require(session.steps.last), in: scenario)
        #expect(abs(result.fraction - fraction) < 1e-9)
        #expect(critical.isEmpty)
    }

    @Test func missingARequiredCriticalEscalationIsACriticalError() throws {
        let scorer = try Marking.scorer()
        let scenario = try Marking.scenario(Marking.tiny, scorer: scorer)
        var session = Session(scenario: scenario, escalations: scorer.policy.escalations.map(\.id))
        try session.answer(.choice("good"))
        try session.answer(.choice("keep"))
        try session.answer(.escalate([]))
        let (result, critical) = scorer.mark(try #require(session.steps.last), in: scenario)
        let judgement = try #require(result.escalation)
        #expect(judgement.required.contains("police"), "imminent harm requires the police")
        #expect(judgement.missed.contains("police"))
        #expect(result.fraction == 0)
        #expect(critical.contains { $0.what.contains("police") || $0.what.contains("Police") })
    }

    @Test func overEscalationCostsAsMuchAsItAdds() throws {
        let scorer = try Marking.scorer()
        let scenario = try Marking.scenario(Marking.tiny, scorer: scorer)
        var session = Session(scenario: scenario, escalations: scorer.policy.escalations.map(\.id))
        try session.answer(.choice("good"))
        try session.answer(.choice("keep"))
        let judgement = scorer.judgeEscalation([], facts: session.facts)
        let required = Set(judgement.required)
        let needless = try #require(scorer.policy.escalations.map(\.id).first { !required.contains($0) && !judgement.consult.contains($0) })
        try session.answer(.escalate(required.union([needless])))
        let (result, _) = scorer.mark(try #require(session.steps.last), in: scenario)
        #expect(result.escalation?.overUsed == [needless])
        #expect(abs(result.fraction - Double(required.count) / Double(required.count + 1)) < 1e-9)
    }

    @Test("disclosure is marked on the minimum necessary", arguments: [
        (["threats", "times"], 1.0), (["threats"], 0.5), (["threats", "times", "history"], 2.0 / 3), ([String](), 0.0),
    ])
    func disclosureMinimumNecessary(shared: [String], fraction: Double) throws {
        let scorer = try Marking.scorer()
        let scenario = try Marking.scenario(Marking.tiny, scorer: scorer)
        let session = try Session(scenario: scenario, escalations: scorer.policy.escalations.map(\.id), replaying: [
            .choice("good"), .choice("keep"), .escalate([]), .disclose(Set(shared)),
        ])
        let (result, _) = scorer.mark(try #require(session.steps.last), in: scenario)
        #expect(abs(result.fraction - fraction) < 1e-9)
    }

    @Test func aCriticalChoiceMeansNotYetCompetentWhateverTheScore() throws {
        let scorer = try Marking.scorer()
        let scenario = try Marking.scenario(Marking.tiny, scorer: scorer)
        let session = try Session(scenario: scenario, escalations: scorer.policy.escalations.map(\.id), replaying: [.choice("good"), .choice("delete")])
        let result = scorer.mark(scenario, steps: session.steps, ending: .poor)
        #expect(!result.competent)
        #expect(result.reasons.first?.hasPrefix("critical error at 'second'") == true)
    }

    @Test func aLoopBackCountsTheFirstAnswerOnly() throws {
        let scorer = try Marking.scorer()
        let scenario = try Marking.scenario(Marking.tiny, scorer: scorer)
        let session = try Session(scenario: scenario, escalations: scorer.policy.escalations.map(\.id), replaying: [.choice("again"), .choice("good")])
        let result = scorer.mark(scenario, steps: session.steps, ending: nil)
        #expect(result.decisions.count == 1)
        #expect(result.decisions.first?.fraction == 0)
    }

    @Test func aPerfectAttemptScoresAtMostOneHundred() throws {
        // Regression: summing weighted fractions gave 100.00000000000001, which the records refuse.
        let scorer = try Marking.scorer()
        for id in ["coercive-texting", "scam-link", "staff-boundary-breach"] {
            let analysis = ScoreAnalysis.analyse(try Marking.library(id, scorer: scorer), scorer: scorer)
            #expect(analysis.bestResult.percent <= 100)
            #expect((0...100).contains(analysis.worstResult.percent))
        }
    }

    @Test func finishingWithoutAnyEscalationDecisionIsCriticalWhenThePolicyRequiresOne() throws {
        let scorer = try Marking.scorer()
        let text = Marking.tiny.replacingOccurrences(of: "goto: escalate}", with: "goto: good-end}")
        let scenario = try Marking.scenario(text, scorer: scorer)
        let session = try Session(scenario: scenario, escalations: scorer.policy.escalations.map(\.id), replaying: [.choice("good"), .choice("keep")])
        let result = scorer.mark(scenario, steps: session.steps, ending: .good)
        #expect(!result.competent)
        #expect(result.criticalErrors.contains { $0.what.contains("without any escalation decision") })
    }

    @Test func aSupervisorOverrideReplacesTheRubricMark() throws {
        let scorer = try Marking.scorer()
        let scenario = try Marking.scenario(Marking.tiny, scorer: scorer)
        let session = try Session(scenario: scenario, escalations: scorer.policy.escalations.map(\.id), replaying: [
            .choice("good"), .choice("keep"), .escalate([]), .disclose([]), .record("Seemed upset."),
        ])
        let step = try #require(session.steps.last)
        let (plain, _) = scorer.mark(step, in: scenario)
        let (overridden, _) = scorer.mark(step, in: scenario, override: ScoreOverride(percent: 80, reason: "said in discussion", author: "B"))
        #expect(plain.fraction < 0.5)
        #expect(overridden.fraction == 0.8)
        #expect(overridden.override?.reason == "said in discussion")
    }
}
