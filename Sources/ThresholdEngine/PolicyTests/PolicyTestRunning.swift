import Foundation

extension PolicyTestCase {
    /// Decides the case's facts with `policy` and compares the result with what the case expects.
    public func run(against policy: Policy) -> PolicyTestResult {
        // Statuses and fired rules do not depend on the clock; any fixed time keeps runs identical.
        let decision = policy.decide(facts, at: Date(timeIntervalSince1970: 0))
        var failures: [PolicyTestFailure] = []
        for expectation in expect {
            guard let actual = decision.status(of: expectation.escalation), actual != expectation.status else { continue }
            failures.append(.status(escalation: expectation.escalation, expected: expectation.status, actual: actual))
        }
        guard let fired else { return PolicyTestResult(testCase: self, failures: failures, ruleTruths: decision.ruleTruths) }
        let ruleIDs = policy.rules.map(\.id)
        for rule in fired where !ruleIDs.contains(rule) {
            failures.append(.unknownRule(rule, suggestion: Suggestion.closest(to: rule, in: ruleIDs)))
        }
        let actual = decision.firedRules.map(\.id)
        let missing = fired.filter { ruleIDs.contains($0) && !actual.contains($0) }
        let extra = actual.filter { !fired.contains($0) }
        if !missing.isEmpty { failures.append(.notFired(missing)) }
        if !extra.isEmpty { failures.append(.unexpectedlyFired(extra)) }
        return PolicyTestResult(testCase: self, failures: failures, ruleTruths: decision.ruleTruths)
    }
}

extension PolicyTestSuite {
    /// Runs every case, in file order.
    public func run(against policy: Policy) -> [PolicyTestResult] {
        cases.map { $0.run(against: policy) }
    }
}
