/// How well golden cases exercise a policy's rules: for each rule, how many cases make it true, how
/// many leave it unknown (it fires as `consult`), and how many make it false. A rule is covered when
/// some case fires it and some case does not, so both sides of its condition are pinned.
public struct PolicyCoverage: Sendable, Hashable {
    /// One rule's counts.
    public struct RuleCount: Sendable, Hashable {
        /// Creates a count.
        public init(rule: String, fired: Int = 0, possible: Int = 0, notFired: Int = 0) {
            self.rule = rule
            self.fired = fired
            self.possible = possible
            self.notFired = notFired
        }

        /// The rule's id.
        public var rule: String
        /// Cases where its condition is true.
        public var fired: Int
        /// Cases where its condition is unknown.
        public var possible: Int
        /// Cases where its condition is false.
        public var notFired: Int

        /// Some case fires it (true) and some case does not (false).
        public var covered: Bool { fired > 0 && notFired > 0 }
    }

    /// Every rule, in the policy's order.
    public var rules: [RuleCount]

    /// Counts each rule's truths over the results of one run.
    public init(policy: Policy, results: [PolicyTestResult]) {
        rules = policy.rules.indices.map { index in
            var count = RuleCount(rule: policy.rules[index].id)
            for result in results where index < result.ruleTruths.count {
                switch result.ruleTruths[index] {
                case .true: count.fired += 1
                case .unknown: count.possible += 1
                case .false: count.notFired += 1
                }
            }
            return count
        }
    }

    /// The rules no case fires, or no case leaves unfired.
    public var uncovered: [RuleCount] { rules.filter { !$0.covered } }

    /// "coverage: 52/54 rules fire in some case and not in another".
    public var summary: String {
        "coverage: \(rules.count - uncovered.count)/\(rules.count) rules fire in some case and not in another"
    }
}
