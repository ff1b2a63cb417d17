import Foundation
import Testing
import ThresholdEngine

/// Facts that record a concern someone raises (`absent:`): no answer means "not raised", so adding
/// such a fact to a policy does not turn old incidents into consults. Facts that need judgement stay
/// unknown until answered.
@Suite("absent values")
struct AbsentFactTests {
    static let policyText = """
        format: safedrill-policy/1
        id: absent
        version: "1"
        jurisdiction: England
        facts:
          - {id: radicalisation_concern, type: bool, absent: false, question: Radicalisation?}
          - {id: child_image_sharing, type: enum, values: [none, peer_no_aggravating_factors, aggravated], absent: none, question: Images?}
          - {id: has_capacity, type: bool, question: Capacity?}
          - {id: aware_at, type: datetime, question: When known?}
        escalations:
          - {id: prevent, label: Prevent, who: Prevent lead, deadline: 24h, about: radicalisation_concern}
          - {id: police, label: Police, who: Police, deadline: 24h}
          - {id: manager_on_call, label: Manager, who: Manager, deadline: immediately}
        rules:
          - {id: prevent, when: radicalisation_concern, then: {prevent: required}, because: P., source: P.}
          - {id: images, when: child_image_sharing == aggravated, then: {police: required}, because: I., source: I.}
          - {id: capacity, when: not has_capacity, then: {manager_on_call: required}, because: C., source: C.}
        """

    @Test func anUnansweredConcernIsNotRaisedButAnUnansweredJudgementIsUnknown() throws {
        let policy = try Policy(text: Self.policyText, path: "absent.yaml")
        let decision = policy.decide(Facts(), at: SamplePolicy.clock)
        #expect(decision.status(of: "prevent") == .notRequired)
        #expect(decision.status(of: "police") == .notRequired)
        #expect(decision.status(of: "manager_on_call") == .consult)
        #expect(decision.missingFacts == ["has_capacity", "aware_at"])
        #expect(decision.firedRules.map(\.id) == ["capacity"])
    }

    @Test func anAnsweredConcernDecidesAsItSays() throws {
        let policy = try Policy(text: Self.policyText, path: "absent.yaml")
        let decision = policy.decide(Facts([
            "radicalisation_concern": .bool(true), "child_image_sharing": .word("aggravated"), "has_capacity": .bool(true),
        ]), at: SamplePolicy.clock)
        #expect(decision.statuses == [.required, .required, .notRequired])
    }

    @Test func theChecksNeverTreatAFactWithAnAbsentValueAsUnknown() throws {
        // With `absent`, "prevent" can never be consult, so it can never fire outside its `about`.
        let policy = try Policy(text: Self.policyText, path: "absent.yaml")
        #expect(PolicyChecks.run(policy).items.map(\.code) == [])
    }

    @Test(arguments: [
        ("{id: n, type: number, absent: 0, question: Q?}", "SD002", "a number fact takes no 'absent'"),
        ("{id: n, type: bool, absent: maybe, question: Q?}", "SD013", "'n' is a bool fact: expected true or false"),
        ("{id: n, type: enum, values: [a, b], absent: c, question: Q?}", "SD012", "'c' is not a value of 'n'"),
        ("{id: n, type: bool, absent: unknown, question: Q?}", "SD013", "'absent' must be a value of 'n', not unknown"),
    ])
    func aBadAbsentValueIsAnErrorAtItsPlace(fact: String, code: String, message: String) throws {
        let text = """
            format: safedrill-policy/1
            id: bad
            version: "1"
            jurisdiction: England
            facts:
              - \(fact)
            escalations:
              - {id: police, label: Police, who: Police, deadline: 24h}
            rules:
              - {id: r, when: known(n), then: {police: required}, because: R., source: R.}
            """
        #expect {
            try Policy(text: text, path: "bad.yaml")
        } throws: { error in
            guard let error = error as? DiagnosticError, let first = error.diagnostics.items.first else { return false }
            return first.code == code && first.message == message && first.location.line == 6
        }
    }
}
