/// A condition flattened into an array in prefix order, evaluated over encoded facts with integer
/// tests only: no strings, no hashing, no allocation. Truths are 0 (false), 1 (unknown), 2 (true), so
/// Kleene's `and` is the minimum, `or` the maximum and `not` is `2 - x`.
struct CompiledCondition: Sendable {
    enum Kind: UInt8, Sendable {
        /// `truth` is the answer.
        case constant
        /// Some bit of `mask` is set in the fact: `==`/`!=` on bool and enum facts, `in` on enum and set facts.
        case anyBit
        /// `number op value`.
        case number
        /// `known(fact)`.
        case known
        case not, and, or
    }

    struct Step: Sendable {
        var kind: Kind
        var truth: UInt8 = 0
        var comparison: Comparison = .equal
        var slot: Int = 0
        var mask: UInt64 = 0
        var value: Double = 0
        /// The index just past this step's subtree: where its next sibling starts.
        var end: Int = 0
    }

    static let falseTruth: UInt8 = 0, unknownTruth: UInt8 = 1, trueTruth: UInt8 = 2

    private(set) var steps: [Step] = []

    init(_ condition: Condition, encoders: [FactEncoder]) {
        append(condition, encoders: encoders)
    }

    private mutating func append(_ condition: Condition, encoders: [FactEncoder]) {
        let start = steps.count
        switch condition {
        case .constant(let flag):
            steps.append(Step(kind: .constant, truth: flag ? Self.trueTruth : Self.falseTruth))
        case .predicate:
            // Policies have no host predicates; one that somehow appears can never be settled.
            steps.append(Step(kind: .constant, truth: Self.unknownTruth))
        case .isTrue(let fact):
            steps.append(Step(kind: .anyBit, slot: fact.slot, mask: 0b10))
        case .compare(let fact, let op, let literal):
            steps.append(Self.comparison(fact, op, literal, encoder: encoders[fact.slot]))
        case .oneOf(let fact, let literals):
            let encoder = encoders[fact.slot]
            if encoder.type == .number {
                steps.append(Step(kind: .or))
                for case .number(let number) in literals { steps.append(Step(kind: .number, comparison: .equal, slot: fact.slot, value: number, end: steps.count + 1)) }
            } else {
                var mask: UInt64 = 0
                for case .word(let word) in literals { mask |= encoder.bit(of: word) }
                steps.append(Step(kind: .anyBit, slot: fact.slot, mask: mask))
            }
        case .contains(let fact, let member):
            steps.append(Step(kind: .anyBit, slot: fact.slot, mask: encoders[fact.slot].bit(of: member)))
        case .known(let fact):
            steps.append(Step(kind: .known, slot: fact.slot))
        case .not(let inner):
            steps.append(Step(kind: .not))
            append(inner, encoders: encoders)
        case .and(let parts), .or(let parts):
            steps.append(Step(kind: condition.isAnd ? .and : .or))
            for part in parts { append(part, encoders: encoders) }
        }
        steps[start].end = steps.count
    }

    private static func comparison(_ fact: FactReference, _ op: Comparison, _ literal: FactValue, encoder: FactEncoder) -> Step {
        switch literal {
        case .number(let number):
            return Step(kind: .number, comparison: op, slot: fact.slot, value: number)
        case .bool(let flag):
            // A known bool has exactly one bit, so `!= v` is `== not v`.
            let wanted = op == .notEqual ? !flag : flag
            return Step(kind: .anyBit, slot: fact.slot, mask: wanted ? 0b10 : 0b01)
        case .word(let word):
            let bit = encoder.bit(of: word)
            let all: UInt64 = encoder.values.count >= 64 ? ~0 : (1 << UInt64(encoder.values.count)) - 1
            return Step(kind: .anyBit, slot: fact.slot, mask: op == .notEqual ? all & ~bit : bit)
        case .set, .datetime:
            // The parser never compares sets or dates; if one appears, it cannot be settled.
            return Step(kind: .constant, truth: unknownTruth)
        }
    }

    /// The condition's truth (0 false, 1 unknown, 2 true) over `facts`, indexed by schema slot.
    func evaluate(_ facts: UnsafeBufferPointer<EncodedFact>) -> UInt8 {
        steps.withUnsafeBufferPointer { Self.evaluate(at: 0, $0, facts) }
    }

    static func evaluate(at index: Int, _ steps: UnsafeBufferPointer<Step>, _ facts: UnsafeBufferPointer<EncodedFact>) -> UInt8 {
        let step = steps[index]
        switch step.kind {
        case .constant:
            return step.truth
        case .anyBit:
            let fact = facts[step.slot]
            guard fact.known else { return unknownTruth }
            if fact.bits & fact.decided & step.mask != 0 { return trueTruth }
            return step.mask & ~fact.decided == 0 ? falseTruth : unknownTruth
        case .number:
            let fact = facts[step.slot]
            guard fact.known else { return unknownTruth }
            let a = fact.number, b = step.value
            let holds = switch step.comparison {
            case .equal: a == b
            case .notEqual: a != b
            case .less: a < b
            case .lessOrEqual: a <= b
            case .greater: a > b
            case .greaterOrEqual: a >= b
            }
            return holds ? trueTruth : falseTruth
        case .known:
            return facts[step.slot].known ? trueTruth : falseTruth
        case .not:
            return trueTruth - evaluate(at: index + 1, steps, facts)
        case .and:
            var result = trueTruth
            var child = index + 1
            while child < step.end {
                let truth = evaluate(at: child, steps, facts)
                if truth == falseTruth { return falseTruth }
                result = min(result, truth)
                child = steps[child].end
            }
            return result
        case .or:
            var result = falseTruth
            var child = index + 1
            while child < step.end {
                let truth = evaluate(at: child, steps, facts)
                if truth == trueTruth { return trueTruth }
                result = max(result, truth)
                child = steps[child].end
            }
            return result
        }
    }
}

extension Condition {
    fileprivate var isAnd: Bool {
        if case .and = self { return true }
        return false
    }
}

extension Truth {
    /// The truth for a compiled condition's code (0 false, 1 unknown, 2 true).
    init(code: UInt8) {
        self = code == CompiledCondition.trueTruth ? .true : code == CompiledCondition.falseTruth ? .false : .unknown
    }
}
