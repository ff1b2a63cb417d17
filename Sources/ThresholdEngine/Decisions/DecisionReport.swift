import Foundation

/// A decision as `safedrill assess --json` prints it (DESIGN.md §4): a stable contract for scripts
/// and live systems. Every escalation is listed.
public struct DecisionReport: Sendable, Hashable, Codable {
    /// One escalation's line of the report.
    public struct Entry: Sendable, Hashable, Codable {
        /// The escalation's id.
        public var id: String
        /// `required`, `consult` or `not_required`.
        public var status: EscalationStatus
        /// The ISO 8601 due time, or `without-delay`; absent when not required.
        public var deadline: String?
        /// The ids of the rules that fired for it, in policy order.
        public var rules: [String]
        /// Their reasons, in the same order.
        public var because: [String]

        /// Creates an entry.
        public init(id: String, status: EscalationStatus, deadline: String?, rules: [String], because: [String]) {
            self.id = id
            self.status = status
            self.deadline = deadline
            self.rules = rules
            self.because = because
        }
    }

    /// The policy that decided.
    public var policy: PolicyIdentity
    /// Every escalation, in the policy's order.
    public var escalations: [Entry]
    /// Facts worth finding out, in schema order.
    public var missingFacts: [String]

    enum CodingKeys: String, CodingKey {
        case policy, escalations
        case missingFacts = "missing_facts"
    }

    /// Creates a report.
    public init(policy: PolicyIdentity, escalations: [Entry], missingFacts: [String]) {
        self.policy = policy
        self.escalations = escalations
        self.missingFacts = missingFacts
    }

    /// Pretty-printed JSON with sorted keys, so the same decision always prints the same bytes.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and arrays cannot fail.
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

extension Decision {
    /// The decision in the shape of DESIGN.md §4.
    public var report: DecisionReport {
        let entries = escalations.map { decided in
            DecisionReport.Entry(
                id: decided.id, status: decided.status,
                deadline: decided.deadline.map { deadline in
                    decided.due.map { $0.formatted(.iso8601) } ?? deadline.description
                },
                rules: decided.rules.map(\.id), because: decided.rules.map(\.because))
        }
        return DecisionReport(policy: policy.identity, escalations: entries, missingFacts: missingFacts)
    }
}
