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
        /// Every rule for it that fired or might fire, in policy order, each saying which.
        public var rules: [RuleEntry]
        /// The reasons of the rules that fired, in the same order: never a rule that only might.
        public var because: [String]

        /// Creates an entry.
        public init(id: String, status: EscalationStatus, deadline: String?, rules: [RuleEntry], because: [String]) {
            self.id = id
            self.status = status
            self.deadline = deadline
            self.rules = rules
            self.because = because
        }
    }

    /// A rule under an escalation: `fired` (its condition is true on the facts) or `possible` (it
    /// would be true if unknown facts turned out so), never both.
    public struct RuleEntry: Sendable, Hashable, Codable {
        /// The rule's id.
        public var id: String
        /// True when the rule's condition holds on what is known; absent otherwise.
        public var fired: Bool?
        /// True when the rule might hold, depending on `findOut`; absent otherwise.
        public var possible: Bool?
        /// What it asks for this escalation: its outcome when fired, `consult` when possible.
        public var status: EscalationStatus
        /// The rule's reason, in the policy's words: a reason only when `fired`.
        public var because: String
        /// The guidance or law it rests on.
        public var source: String
        /// For a possible rule, the unknown facts that would decide it, in schema order.
        public var findOut: [String]?

        enum CodingKeys: String, CodingKey {
            case id, fired, possible, status, because, source
            case findOut = "find_out"
        }

        /// Creates the entry of a rule that fired (`truth` true) or might (`truth` unknown).
        public init(_ rule: FiredRule) {
            id = rule.id
            fired = rule.truth == .true ? true : nil
            possible = rule.truth == .true ? nil : true
            status = rule.status
            because = rule.because
            source = rule.source
            findOut = rule.truth == .true ? nil : rule.findOut
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
}

extension Decision {
    /// The decision in the shape of DESIGN.md §4.
    public var report: DecisionReport {
        let (all, missingFacts) = reportParts()
        let entries = all.map { decided in
            DecisionReport.Entry(
                id: decided.id, status: decided.status,
                deadline: decided.deadline.map { deadline in
                    decided.due.map { $0.formatted(.iso8601) } ?? deadline.description
                },
                rules: decided.rules.map(DecisionReport.RuleEntry.init),
                because: decided.rules.filter { $0.truth == .true }.map(\.because))
        }
        return DecisionReport(policy: policy.identity, escalations: entries, missingFacts: missingFacts)
    }
}
