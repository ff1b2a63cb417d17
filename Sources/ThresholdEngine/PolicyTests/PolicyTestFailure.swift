/// One way a golden case disagrees with the policy.
public enum PolicyTestFailure: Sendable, Hashable, CustomStringConvertible {
    /// An escalation got another status than expected.
    case status(escalation: String, expected: EscalationStatus, actual: EscalationStatus)
    /// Rules expected to fire that did not.
    case notFired([String])
    /// Rules that fired but were not expected to.
    case unexpectedlyFired([String])
    /// `fired` names a rule the policy does not have.
    case unknownRule(String, suggestion: String?)

    /// One line: `police: expected required, got consult`.
    public var description: String {
        switch self {
        case let .status(escalation, expected, actual):
            "\(escalation): expected \(expected.rawValue), got \(actual.rawValue)"
        case .notFired(let rules):
            "fired: expected \(rules.joined(separator: ", ")) to fire, but \(rules.count == 1 ? "it did" : "they did") not"
        case .unexpectedlyFired(let rules):
            "fired: \(rules.joined(separator: ", ")) also fired; add \(rules.count == 1 ? "it" : "them") to 'fired' or fix the policy"
        case let .unknownRule(rule, suggestion):
            "fired: the policy has no rule '\(rule)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        }
    }
}

/// The outcome of running one golden case.
public struct PolicyTestResult: Sendable, Hashable {
    /// The case that ran.
    public var testCase: PolicyTestCase
    /// Every disagreement, escalations first in policy order; empty when the case passed.
    public var failures: [PolicyTestFailure]
    /// Each rule's truth on the case's facts, in the policy's rule order: what coverage counts.
    public var ruleTruths: [Truth] = []

    /// True when the policy decided exactly as the case expects.
    public var passed: Bool { failures.isEmpty }
}
