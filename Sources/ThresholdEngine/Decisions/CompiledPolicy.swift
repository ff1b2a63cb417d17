/// A policy's rules prepared once: each condition compiled over encoded facts (for the static checks),
/// and all of them with their outcomes as the program a decision runs. Immutable and shared.
final class CompiledPolicy: Sendable {
    /// Enum and set facts are encoded as bits of a 64-bit word.
    static let maximumValues = 64

    /// One outcome of one rule, by escalation slot.
    struct Target: Sendable {
        var escalation: Int
        /// The outcome keys (see `OutcomeKey`) when the rule is true, and when it is unknown.
        var keyIfTrue: UInt64
        var keyIfUnknown: UInt64
    }

    let encoders: [FactEncoder]
    /// Each rule's condition on its own, for the static checks.
    let conditions: [CompiledCondition]
    /// Every rule's condition, as the program a decision runs.
    let program: DecisionProgram
    let escalationCount: Int
    /// Per escalation slot, the rules with an outcome for it, in rule order, each with the position of
    /// its first such outcome: so a decision's detail reads only the rules that can bear on each one.
    let outcomesByEscalation: [[(rule: Int, outcome: Int)]]
    var ruleCount: Int { conditions.count }
    /// The slot of `aware_at`, when the schema has it as a datetime.
    let awareAtSlot: Int?

    init(schema: FactSchema, escalations: [Escalation], escalationSlots: [String: Int], rules: [Rule]) {
        let encoders = schema.definitions.map { FactEncoder(type: $0.type, values: $0.values, absent: $0.absent) }
        self.encoders = encoders
        conditions = rules.map { CompiledCondition($0.when, encoders: encoders) }
        var targets: [Target] = []
        var starts: [Int] = []
        var outcomesByEscalation = [[(rule: Int, outcome: Int)]](repeating: [], count: escalations.count)
        for (ruleIndex, rule) in rules.enumerated() {
            starts.append(targets.count)
            for (outcomeIndex, outcome) in rule.outcomes.enumerated() {
                guard let slot = escalationSlots[outcome.escalation] else { continue }
                if outcomesByEscalation[slot].last?.rule != ruleIndex { outcomesByEscalation[slot].append((ruleIndex, outcomeIndex)) }
                let deadline = outcome.deadline ?? escalations[slot].deadline
                targets.append(Target(
                    escalation: slot,
                    keyIfTrue: OutcomeKey.make(strength: outcome.status.strength, urgency: deadline.urgency),
                    keyIfUnknown: OutcomeKey.make(strength: EscalationStatus.consult.strength, urgency: deadline.urgency)))
            }
        }
        starts.append(targets.count)
        self.outcomesByEscalation = outcomesByEscalation
        program = DecisionProgram(conditions, targets: targets, targetStarts: starts)
        escalationCount = escalations.count
        awareAtSlot = schema.slot(of: Policy.awareAtFact).flatMap { schema.definitions[$0].type == .datetime ? $0 : nil }
    }
}
