/// A policy's rules prepared once for fast decisions: conditions compiled over encoded facts, and
/// each rule's outcomes as escalation slots with their strength and urgency already worked out.
struct CompiledPolicy: Sendable {
    /// Enum and set facts are encoded as bits of a 64-bit word.
    static let maximumValues = 64

    /// One outcome of one rule, by escalation slot.
    struct Target: Sendable {
        var escalation: Int
        var status: EscalationStatus
        var deadline: Deadline
    }

    let encoders: [FactEncoder]
    let conditions: [CompiledCondition]
    /// `targets[ruleOutcomes[r]]` are rule *r*'s outcomes.
    let targets: [Target]
    let ruleOutcomes: [Range<Int>]
    let escalationCount: Int
    /// The slot of `aware_at`, when the schema has it as a datetime.
    let awareAtSlot: Int?

    init(schema: FactSchema, escalations: [Escalation], escalationSlots: [String: Int], rules: [Rule]) {
        encoders = schema.definitions.map { FactEncoder(type: $0.type, values: $0.values) }
        conditions = rules.map { [encoders] in CompiledCondition($0.when, encoders: encoders) }
        var targets: [Target] = []
        var ranges: [Range<Int>] = []
        for rule in rules {
            let start = targets.count
            for outcome in rule.outcomes {
                guard let slot = escalationSlots[outcome.escalation] else { continue }
                targets.append(Target(escalation: slot, status: outcome.status, deadline: outcome.deadline ?? escalations[slot].deadline))
            }
            ranges.append(start..<targets.count)
        }
        self.targets = targets
        ruleOutcomes = ranges
        escalationCount = escalations.count
        awareAtSlot = schema.slot(of: Policy.awareAtFact).flatMap { schema.definitions[$0].type == .datetime ? $0 : nil }
    }

    /// Encodes `facts` into `buffer`, which holds one entry per schema slot.
    func encode(_ facts: FactVector, into buffer: UnsafeMutableBufferPointer<EncodedFact>) {
        for slot in encoders.indices {
            buffer[slot] = encoders[slot].encode(slot < facts.values.count ? facts.values[slot] : nil)
        }
    }
}
