import Foundation
import Testing
import ThresholdEngine

/// The one question that settles an escalation left at `consult`.
@Suite("settling fact")
struct SettlingFactTests {
    static func policy() throws -> Policy {
        try Policy(text: """
            format: safedrill-policy/1
            id: settling
            version: "1"
            jurisdiction: England
            facts:
              - {id: harmed, type: bool, question: Was anyone harmed?}
              - {id: staff, type: bool, question: Was it a member of staff?}
              - {id: danger, type: bool, question: Is anyone in danger now?}
            escalations:
              - {id: police, label: Report to the police, who: Police, deadline: 24h}
              - {id: hr_conduct, label: Start the HR process, who: HR, deadline: 24h}
            rules:
              - {id: harm-police, when: danger, then: {police: required}, because: Danger., source: S.}
              - {id: staff-harm, when: harmed and staff, then: {hr_conduct: required}, because: Staff harm., source: S.}
            """, path: "settling.yaml")
    }

    @Test func theFactWhoseEveryAnswerSettlesItIsAsked() throws {
        let policy = try Self.policy()
        let decision = policy.decide(Facts(["harmed": .bool(true)]), at: SamplePolicy.clock)
        let hr = try #require(decision.escalations.first { $0.id == "hr_conduct" })
        #expect(hr.status == .consult)
        #expect(decision.settlingFact(for: hr)?.id == "staff")
    }

    @Test func withNoSingleSettlingFactTheOneThatSettlesMostOftenComesFirstInSchemaOrder() throws {
        let policy = try Self.policy()
        let decision = policy.decide(Facts(), at: SamplePolicy.clock)
        let hr = try #require(decision.escalations.first { $0.id == "hr_conduct" })
        #expect(hr.findOut == ["harmed", "staff"])
        // "no" to either settles it; "yes" leaves the other open: a tie, so the schema's order.
        #expect(decision.settlingFact(for: hr)?.id == "harmed")
        let police = try #require(decision.escalations.first { $0.id == "police" })
        #expect(decision.settlingFact(for: police)?.id == "danger")
    }

    @Test func anEscalationThatIsDecidedNeedsNoQuestion() throws {
        let policy = try Self.policy()
        let decision = policy.decide(Facts(["danger": .bool(true), "harmed": .bool(false)]), at: SamplePolicy.clock)
        for item in decision.escalations { #expect(decision.settlingFact(for: item) == nil, "\(item.id)") }
    }
}
