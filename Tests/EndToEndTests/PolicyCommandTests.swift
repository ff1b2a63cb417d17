import Foundation
import Testing

/// `safedrill policy check` and `safedrill policy test` end to end.
@Suite("policy command")
struct PolicyCommandTests {
    static let cases = """
        format: safedrill-policy-tests/1
        policy: policy.yaml
        cases:
          - name: danger goes to the police
            facts: {imminent_harm: true, personal_data_breach: false}
            expect: {police: required, ico_report: not_required}
            fired: [harm-police]
          - name: a wrong expectation
            facts: {imminent_harm: false, personal_data_breach: true, breach_risk: high}
            expect: {police: required, ico_report: required}
            fired: [breach-ico, harm-police]
        """

    static func folder(policy: String = AssessTests.policy, cases: String = cases) throws -> URL {
        let folder = try SafeDrillProcess.temporaryFolder()
        try policy.write(to: folder.appendingPathComponent("policy.yaml"), atomically: true, encoding: .utf8)
        try cases.write(to: folder.appendingPathComponent("policy.tests.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func theDefaultPolicyChecksClean() throws {
        let result = try SafeDrillProcess.run(["policy", "check"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Scoring/thresholds.yaml: england-adult-social-care "))
        #expect(result.stdout.contains("no errors"))
    }

    @Test func theDefaultGoldenCasesPass() throws {
        let result = try SafeDrillProcess.run(["policy", "test"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let last = result.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.hasPrefix("PASS: "))
        let counts = last.dropFirst("PASS: ".count).split(separator: "/")
        #expect(counts.count == 2 && counts[0] == counts[1])
    }

    @Test func warningsAreShownButExitZero() throws {
        let folder = try Self.folder()
        let result = try SafeDrillProcess.run(["policy", "check", "--policy", "policy.yaml"], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr.contains("policy.yaml:11:10: warning[SD031]: no rule reads the fact 'unread'"))
        #expect(result.stdout.contains("no errors, 1 warning"))
    }

    @Test func errorsExitOneWithPositions() throws {
        let broken = AssessTests.policy
            .replacingOccurrences(of: "then: {police: required}", with: "then: {polise: required}")
            .replacingOccurrences(of: "type: enum", with: "type: choice")
        let folder = try Self.folder(policy: broken)
        let result = try SafeDrillProcess.run(["policy", "check", "--policy", "policy.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("policy.yaml:10:29: error[SD017]: unknown fact type 'choice'"))
        #expect(result.stderr.contains("policy.yaml:16:51: error[SD011]: unknown escalation 'polise'\n  hint: did you mean 'police'?"))
    }

    @Test func aFailingCaseNamesTheEscalationExpectedAndActual() throws {
        let folder = try Self.folder()
        let result = try SafeDrillProcess.run(["policy", "test", "--policy", "policy.yaml"], in: folder)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines == [
            "FAIL policy.tests.yaml:8:5: a wrong expectation: police: expected required, got not_required",
            "FAIL policy.tests.yaml:8:5: a wrong expectation: fired: expected harm-police to fire, but it did not",
            "coverage: 2/2 rules fire in some case and not in another",
            "FAIL: 1/2",
        ])
    }

    @Test func theCasesFileNamesItsPolicy() throws {
        let folder = try Self.folder()
        let passing = Self.cases.components(separatedBy: "  - name: a wrong expectation")[0]
        try passing.write(to: folder.appendingPathComponent("only.tests.yaml"), atomically: true, encoding: .utf8)
        let result = try SafeDrillProcess.run(["policy", "test", "--tests", "only.tests.yaml", "--verbose"], in: folder)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout == """
            PASS only.tests.yaml:4:5: danger goes to the police
            coverage: 0/2 rules fire in some case and not in another
              harm-police: every case fires it (fired 1, possible 0, not fired 0)
              breach-ico: no case fires it (fired 0, possible 0, not fired 1)
            PASS: 1/1

            """)
    }

    @Test func aMistakeInTheCasesExitsOne() throws {
        let folder = try Self.folder(cases: Self.cases.replacingOccurrences(of: "ico_report: not_required", with: "ico_report: not-required"))
        let result = try SafeDrillProcess.run(["policy", "test", "--policy", "policy.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("policy.tests.yaml:6:44: error[SD016]: bad expected status 'not-required' for 'ico_report'"))
        #expect(result.stderr.contains("hint: did you mean 'not_required'?"))
    }
}
