import Testing
import ThresholdEngine

/// Rule coverage as `policy test` reports it.
@Suite("policy coverage")
struct PolicyCoverageTests {
    @Test func aRuleIsCoveredOnlyWhenSomeCaseFiresItAndSomeCaseDoesNot() throws {
        let policy = try SamplePolicy.with(rules: """
              - {id: harm, when: imminent_harm, then: {police: required}, because: H., source: H.}
              - {id: again, when: repeated, then: {ico_report: required}, because: A., source: A.}
            """)
        let cases = [
            PolicyTestCase(name: "danger", facts: Facts(["imminent_harm": .bool(true)]), expect: []),
            PolicyTestCase(name: "calm", facts: Facts(["imminent_harm": .bool(false), "repeated": .bool(true)]), expect: []),
        ]
        let coverage = PolicyCoverage(policy: policy, results: PolicyTestSuite(path: "t.yaml", cases: cases).run(against: policy))
        #expect(coverage.rules == [
            PolicyCoverage.RuleCount(rule: "harm", fired: 1, possible: 0, notFired: 1),
            PolicyCoverage.RuleCount(rule: "again", fired: 1, possible: 1, notFired: 0),
        ])
        #expect(coverage.uncovered.map(\.rule) == ["again"])
        #expect(coverage.summary == "coverage: 1/2 rules fire in some case and not in another")
    }

    @Test func theDefaultGoldenCasesCoverEveryRule() throws {
        let policy = try Policy.load(path: ProjectFiles.defaultPolicy)
        let suite = try PolicyTestSuite.load(path: ProjectFiles.defaultGoldenCases, policy: policy)
        let coverage = PolicyCoverage(policy: policy, results: suite.run(against: policy))
        #expect(coverage.uncovered.map(\.rule) == [])
        #expect(suite.cases.count >= 100)
    }
}
