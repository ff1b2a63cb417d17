import Foundation
import Testing
import ThresholdEngine

/// How outcomes collect across rules: the strongest wins, then the earliest deadline; unknown is consult.
@Suite("collecting outcomes")
struct OutcomeCollectionTests {
    static let rules = """
          - id: harm-required
            when: imminent_harm
            then: {police: required, manager_on_call: required}
            because: Danger now.
            source: Stage 1.
          - id: repeated-consult
            when: repeated
            then: {police: consult}
            because: It keeps happening.
            source: Stage 4.
          - id: threat-now
            when: credible_threat
            then:
              police: {status: required, deadline: immediately}
            because: A credible threat.
            source: Example 1.
          - id: loss-later
            when: financial_loss_gbp > 0
            then:
              police: {status: required, deadline: 72h}
            because: Money was taken.
            source: Example 2.
        """

    static func decide(_ values: [String: FactValue]) throws -> Decision {
        try SamplePolicy.with(rules: rules).decide(Facts(values), at: SamplePolicy.clock)
    }

    static let allFalse: [String: FactValue] = [
        "imminent_harm": .bool(false), "repeated": .bool(false), "credible_threat": .bool(false), "financial_loss_gbp": .number(0),
    ]

    static func with(_ changes: [String: FactValue?]) -> [String: FactValue] {
        var values = allFalse
        for (key, value) in changes { values[key] = value }
        return values
    }

    @Test func nothingFiresSoEverythingIsNotRequiredWithoutADeadline() throws {
        let decision = try Self.decide(Self.allFalse)
        #expect(decision.statuses == [.notRequired, .notRequired, .notRequired, .notRequired])
        #expect(decision.escalations.allSatisfy { $0.deadline == nil && $0.due == nil && $0.rules.isEmpty })
        #expect(decision.missingFacts == [])
    }

    @Test func requiredBeatsConsult() throws {
        let police = try #require(try Self.decide(Self.with(["imminent_harm": .bool(true), "repeated": .bool(true)])).escalations.first { $0.id == "police" })
        #expect(police.status == .required)
        #expect(police.rules.map(\.id) == ["harm-required", "repeated-consult"])
        #expect(police.rules.map(\.status) == [.required, .consult])
        #expect(police.deadline == .hours(24))
    }

    @Test func consultAloneIsConsult() throws {
        let decision = try Self.decide(Self.with(["repeated": .bool(true)]))
        #expect(decision.status(of: "police") == .consult)
        #expect(decision.status(of: "manager_on_call") == .notRequired)
    }

    @Test func amongEqualStrengthsTheEarliestDeadlineWins() throws {
        let decision = try Self.decide(Self.with(["imminent_harm": .bool(true), "credible_threat": .bool(true), "financial_loss_gbp": .number(50)]))
        let police = try #require(decision.escalations.first { $0.id == "police" })
        #expect(police.status == .required)
        #expect(police.deadline == .immediately)
        #expect(police.due == SamplePolicy.clock)
    }

    @Test func aLaterDeadlineNeverReplacesAnEarlierOne() throws {
        let decision = try Self.decide(Self.with(["imminent_harm": .bool(true), "financial_loss_gbp": .number(50)]))
        #expect(decision.escalations.first { $0.id == "police" }?.deadline == .hours(24))
    }

    @Test func aStrongerStatusBringsItsOwnDeadlineEvenIfLater() throws {
        // A consult that is due sooner does not pull a required escalation's deadline forward.
        let policy = try SamplePolicy.with(rules: """
              - {id: a, when: repeated, then: {police: {status: consult, deadline: immediately}}, because: A., source: A.}
              - {id: b, when: imminent_harm, then: {police: required}, because: B., source: B.}
            """)
        let decision = policy.decide(Facts(["repeated": .bool(true), "imminent_harm": .bool(true)]), at: SamplePolicy.clock)
        let police = try #require(decision.escalations.first { $0.id == "police" })
        #expect(police.status == .required)
        #expect(police.deadline == .hours(24))
    }

    @Test func anUnknownConditionTurnsEveryOutcomeIntoConsultAndNamesTheFacts() throws {
        let decision = try Self.decide(Self.with(["imminent_harm": nil]))
        #expect(decision.status(of: "police") == .consult)
        #expect(decision.status(of: "manager_on_call") == .consult)
        #expect(decision.ruleTruths == [.unknown, .false, .false, .false])
        #expect(decision.missingFacts == ["imminent_harm", "aware_at"])
        let police = try #require(decision.escalations.first { $0.id == "police" })
        #expect(police.findOut == ["imminent_harm"])
        #expect(police.rules.map(\.truth) == [.unknown])
    }

    @Test func anUnknownRuleDoesNotWeakenARequiredOne() throws {
        let decision = try Self.decide(Self.with(["imminent_harm": .bool(true), "repeated": nil, "credible_threat": nil]))
        let police = try #require(decision.escalations.first { $0.id == "police" })
        #expect(police.status == .required)
        #expect(police.deadline == .hours(24))
        #expect(police.rules.map(\.id) == ["harm-required", "repeated-consult", "threat-now"])
        #expect(police.findOut == ["repeated", "credible_threat"])
    }

    @Test func missingFactsAreInSchemaOrderAndOnlyTheUndecidingOnes() throws {
        let policy = try SamplePolicy.with(rules: """
              - {id: a, when: "financial_loss_gbp > 0 or (repeated and imminent_harm)", then: {police: required}, because: A., source: A.}
            """)
        let decision = policy.decide(Facts(["repeated": .bool(false), "aware_at": .datetime(SamplePolicy.clock)]), at: SamplePolicy.clock)
        #expect(decision.missingFacts == ["financial_loss_gbp"])
    }

    @Test func theSameFactsAlwaysGiveTheSameDecision() throws {
        let first = try Self.decide(Self.with(["repeated": nil]))
        let second = try Self.decide(Self.with(["repeated": nil]))
        #expect(first.report == second.report)
    }
}
