import Foundation
import Testing
import ThresholdEngine

/// The golden cases beside the default policy: one test per case.
@Suite("golden cases of the default policy")
struct GoldenCaseTests {
    static let policy = Result { () throws(DiagnosticError) in try Policy.load(path: ProjectFiles.defaultPolicy) }
    static let suite = Result { () throws(DiagnosticError) in try PolicyTestSuite.load(path: ProjectFiles.defaultGoldenCases, policy: policy.get()) }
    static var caseNames: [String] { (try? suite.get().cases.map(\.name)) ?? [] }

    @Test func theDefaultPolicyLoadsWithoutErrors() throws {
        #expect(try !Self.policy.get().rules.isEmpty)
        #expect(try !Self.suite.get().cases.isEmpty)
    }

    @Test func thereAreAtLeastTwentyFiveCasesAndEveryRuleFiresInOne() throws {
        let policy = try Self.policy.get()
        let suite = try Self.suite.get()
        #expect(suite.cases.count >= 25)
        let fired = Set(suite.cases.flatMap { $0.fired ?? [] })
        #expect(policy.rules.map(\.id).filter { !fired.contains($0) } == [])
    }

    @Test(arguments: caseNames)
    func goldenCase(_ name: String) throws {
        let policy = try Self.policy.get()
        let testCase = try #require(try Self.suite.get().cases.first { $0.name == name })
        let result = testCase.run(against: policy)
        #expect(result.failures == [], "\(result.failures.map(\.description).joined(separator: "\n"))")
    }
}
