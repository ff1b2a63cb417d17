import Foundation
import Testing
import ThresholdEngine

/// The interview asks what can change the decision most, skips what cannot, and can go back.
@Suite("fact interview")
struct FactInterviewTests {
    static func policy() throws -> Policy {
        try Policy(text: """
            format: safedrill-policy/1
            id: interview
            version: "1"
            jurisdiction: England
            facts:
              - {id: repeated, type: bool, question: Again?}
              - {id: aware_at, type: datetime, question: When?}
              - {id: imminent_harm, type: bool, question: Danger?}
              - {id: death, type: bool, absent: false, question: Died?}
              - {id: radicalisation_concern, type: bool, absent: false, question: Radicalisation?}
              - {id: unread, type: bool, question: Nothing?}
            escalations:
              - {id: police, label: Police, who: Police, deadline: 24h}
              - {id: manager_on_call, label: Manager, who: Manager, deadline: immediately}
              - {id: cqc_notification, label: CQC, who: Manager, deadline: without-delay}
              - {id: prevent, label: Prevent, who: Lead, deadline: 24h}
            rules:
              - {id: danger, when: imminent_harm, then: {police: required, manager_on_call: required}, because: D., source: D.}
              - {id: again, when: repeated, then: {police: consult}, because: A., source: A.}
              - {id: died, when: death, then: {cqc_notification: required}, because: X., source: X.}
              - {id: radical, when: radicalisation_concern, then: {prevent: required}, because: R., source: R.}
              - {id: never, when: known(unread) and not known(unread), then: {police: required}, because: N., source: N.}
            """, path: "interview.yaml")
    }

    @Test func theQuestionThatChangesMostComesFirstThenWhenStaffKnew() throws {
        var interview = FactInterview(policy: try Self.policy())
        #expect(interview.nextQuestion(at: SamplePolicy.clock)?.id == "imminent_harm")
        interview.answer("imminent_harm", with: .bool(false))
        #expect(interview.nextQuestion(at: SamplePolicy.clock)?.id == "aware_at")
        interview.answer("aware_at", with: .datetime(SamplePolicy.clock))
        // Equal impact: the policy's order decides.
        #expect(interview.nextQuestion(at: SamplePolicy.clock)?.id == "repeated")
        interview.answer("repeated", with: nil)
        // The two concerns come together; a question that changes nothing is never asked.
        #expect(interview.nextStep(at: SamplePolicy.clock) == .concerns([
            try #require(interview.policy.schema["death"]), try #require(interview.policy.schema["radicalisation_concern"]),
        ]))
        interview.answer([("death", .bool(true)), ("radicalisation_concern", .bool(false))])
        #expect(interview.nextQuestion(at: SamplePolicy.clock) == nil)
        #expect(interview.unasked.map(\.id) == ["unread"])
    }

    @Test func backUndoesOneStepEvenWhenItAnsweredSeveralFacts() throws {
        var interview = FactInterview(policy: try Self.policy())
        interview.answer("imminent_harm", with: .bool(true))
        interview.answer([("death", .bool(false)), ("radicalisation_concern", .bool(true))])
        #expect(interview.back() == ["death", "radicalisation_concern"])
        #expect(interview.facts["death"] == nil && !interview.asked.contains("radicalisation_concern"))
        #expect(interview.back() == ["imminent_harm"])
        #expect(interview.back() == [])
        #expect(interview.nextQuestion(at: SamplePolicy.clock)?.id == "imminent_harm")
    }

    @Test func changeAsksAFactAgain() throws {
        var interview = FactInterview(policy: try Self.policy())
        interview.answer("imminent_harm", with: .bool(true))
        interview.reopen("imminent_harm")
        #expect(interview.facts["imminent_harm"] == nil)
        #expect(interview.nextQuestion(at: SamplePolicy.clock)?.id == "imminent_harm")
    }
}
