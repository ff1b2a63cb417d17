/// The finite set of fact combinations that can change the truth of some compiled conditions: for
/// each fact they read, the values that matter, plus "unknown" (unless no answer has a meaning).
///
/// - bool: true, false. enum: each value. datetime: one date (conditions can only ask `known`).
/// - number: each literal the conditions compare with, a point between each pair, one below, one above.
/// - set: known or unknown, then each member the conditions mention, in or out, one at a time.
struct FactSpace {
    /// One step of the search: a choice to make about one fact.
    struct Variable {
        var slot: Int
        var choices: [Choice]
        /// For a set's known-or-unknown choice: how many member variables follow it.
        var members = 0
    }

    enum Choice {
        /// The fact takes this encoded value (or is unknown).
        case value(EncodedFact)
        /// A known set's member is settled in or out.
        case member(bit: UInt64, present: Bool)
    }

    let variables: [Variable]
    /// Partial combinations may be judged from this depth on: every fact read by `known(...)` has been
    /// chosen, and the rest of the logic is monotone (an unknown that becomes known never flips a
    /// settled true or false).
    let monotoneFrom: Int
    let slotCount: Int

    init(_ conditions: [CompiledCondition], encoders: [FactEncoder]) {
        slotCount = encoders.count
        var masks: [Int: UInt64] = [:]
        var numbers: [Int: Set<Double>] = [:]
        var knownSlots = Set<Int>()
        var order: [Int] = []
        for step in conditions.flatMap(\.steps) {
            switch step.kind {
            case .anyBit: masks[Int(step.slot), default: 0] |= step.mask
            case .number: numbers[Int(step.slot), default: []].insert(step.value)
            case .known: knownSlots.insert(Int(step.slot))
            default: continue
            }
            if !order.contains(Int(step.slot)) { order.append(Int(step.slot)) }
        }
        // Facts read by `known(...)` go first: only after them is a partial combination conclusive.
        order = order.filter(knownSlots.contains) + order.filter { !knownSlots.contains($0) }
        var variables: [Variable] = []
        var monotoneFrom = 0
        for slot in order {
            let encoder = encoders[slot]
            // A fact with an `absent` value is never unknown: no answer means that value.
            var choices: [Choice] = encoder.absent == nil ? [.value(.unknown)] : []
            switch encoder.type {
            case .bool:
                choices += [.value(.value(bits: 0b01)), .value(.value(bits: 0b10))]
            case .enum:
                choices += encoder.values.indices.map { .value(.value(bits: 1 << UInt64($0))) }
            case .datetime:
                choices.append(.value(.value(bits: 0)))
            case .number:
                choices += Self.points(around: numbers[slot] ?? []).map { .value(.value(number: $0)) }
            case .set:
                choices.append(.value(EncodedFact(known: true, bits: 0, decided: 0, number: 0)))
            }
            let mask = encoder.type == .set ? masks[slot] ?? 0 : 0
            variables.append(Variable(slot: slot, choices: choices, members: mask.nonzeroBitCount))
            if encoder.type == .set {
                for index in 0..<64 where mask & (1 << UInt64(index)) != 0 {
                    let bit: UInt64 = 1 << UInt64(index)
                    variables.append(Variable(slot: slot, choices: [.member(bit: bit, present: false), .member(bit: bit, present: true)]))
                }
            }
            if knownSlots.contains(slot) { monotoneFrom = variables.count }
        }
        self.variables = variables
        self.monotoneFrom = monotoneFrom
    }

    /// Each literal, a point between neighbours, and one either side: every outcome of `< <= > >= == !=`.
    static func points(around literals: Set<Double>) -> [Double] {
        let sorted = literals.sorted()
        guard let first = sorted.first, let last = sorted.last else { return [0] }
        var points = [first - 1]
        for (index, literal) in sorted.enumerated() {
            points.append(literal)
            if index + 1 < sorted.count { points.append((literal + sorted[index + 1]) / 2) }
        }
        points.append(last + 1)
        return points
    }
}
