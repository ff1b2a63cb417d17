import Foundation
import Testing
import ThresholdEngine

/// Policy 2027 must decide the incidents of policy 2026.2's golden cases (kept in the fixtures with
/// the policy they were written for) exactly as before on every channel, except where 2027 corrected
/// a rule. Each such change is listed here with its reason, so
/// a silent change to an old decision fails.
@Suite("policy 2026.2 cases under the 2027 policy")
struct PolicyUpgradeTests {
    /// (case name, escalation) → the 2027 status, and why it changed.
    static let corrections: [String: [String: (EscalationStatus, String)]] = [
        "DBS consult: a volunteer removed after concerns; whether anyone was harmed or put at risk is unclear": [
            "cqc_notification": (.notRequired, "reg 18(2)(e) is for abuse or an allegation of abuse; a volunteer's removal with no abuse alleged is not one (cqc-abuse-notification no longer fires on the alleged perpetrator's role alone)"),
        ],
    ]

    static let policy = Result { () throws(DiagnosticError) in try Policy.load(path: ProjectFiles.defaultPolicy) }
    static let oldCases = Result { () throws(DiagnosticError) in
        let oldPolicy = try Policy.load(path: ProjectFiles.fixture("policy-2026.2/thresholds.yaml")?.path ?? "")
        return try PolicyTestSuite.load(path: ProjectFiles.fixture("policy-2026.2/thresholds.tests.yaml")?.path ?? "", policy: oldPolicy)
    }
    static var caseNames: [String] { (try? oldCases.get().cases.map(\.name)) ?? [] }

    @Test func everyOldCaseIsHere() {
        #expect(Self.caseNames.count == 44)
    }

    @Test(arguments: caseNames)
    func decidesAsBeforeUnlessCorrected(_ name: String) throws {
        let policy = try Self.policy.get()
        let testCase = try #require(try Self.oldCases.get().cases.first { $0.name == name })
        let decision = policy.decide(testCase.facts, at: SamplePolicy.clock)
        let corrected = Self.corrections[name] ?? [:]
        for expectation in testCase.expect {
            let actual = decision.status(of: expectation.escalation)
            let expected = corrected[expectation.escalation]?.0 ?? expectation.status
            #expect(actual == expected, "\(name): \(expectation.escalation) was \(expectation.status.rawValue), now \(actual?.rawValue ?? "missing")")
        }
    }
}
