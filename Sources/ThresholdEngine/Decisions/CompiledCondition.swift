/// A condition flattened into an array in prefix order, evaluated over encoded facts with integer
/// tests only: no strings, no hashing, no allocation. Truths are 0 (false), 1 (unknown), 2 (true), so
/// Kleene's `and` is the minimum, `or` the maximum and `not` is `2 - x`.
struct CompiledCondition: Sendable {
    /// Tests come first: a kind up to `known` is answered without looking at other steps.
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

        /// A test of one fact, as opposed to logic over other steps.
        var isTest: Bool { rawValue <= Kind.known.rawValue }
    }

    struct Step: Sendable {
        var kind: Kind
        var truth: UInt8 = 0
        var comparison: Comparison = .equal
        var slot: Int32 = 0
        /// The index just past this step's subtree: where its next sibling starts.
        var end: Int32 = 0
        var mask: UInt64 = 0
        var value: Double = 0

        init(kind: Kind, truth: UInt8 = 0, comparison: Comparison = .equal, slot: Int = 0, mask: UInt64 = 0, value: Double = 0, end: Int = 0) {
            self.kind = kind
            self.truth = truth
            self.comparison = comparison
            self.slot = Int32(slot)
            self.mask = mask
            self.value = value
            self.end = Int32(end)
        }
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
        case .and(let parts):
            steps.append(Step(kind: .and))
            for part in parts { append(part, encoders: encoders) }
        case .or(let parts):
            steps.append(Step(kind: .or))
            for part in parts { append(part, encoders: encoders) }
            mergeMemberTests(from: start + 1)
        }
        if steps[start].kind == .anyBit, steps[start].mask == 0 {
            // A test of no values (`x in []`) is false when the fact is known and unknown when it is
            // not: `not known(x) and unknown`. Written out, every mask test has a bit to look at.
            let slot = Int(steps[start].slot)
            steps.removeLast(steps.count - start)
            steps.append(Step(kind: .and, end: start + 4))
            steps.append(Step(kind: .not, end: start + 3))
            steps.append(Step(kind: .known, slot: slot, end: start + 3))
            steps.append(Step(kind: .constant, truth: Self.unknownTruth, end: start + 4))
        }
        steps[start].end = Int32(steps.count)
        if steps[start].kind == .or, steps[start].end == Int32(start + 2) {
            // An `or` left with one test is that test.
            steps.remove(at: start)
            steps[start].end = Int32(steps.count)
        }
    }

    /// `'a' in s or 'b' in s or ...` on the same fact is one test of the mask `a|b|...`: Kleene's `or`
    /// over a fact's bits gives exactly what one test of all of them gives.
    private mutating func mergeMemberTests(from first: Int) {
        var merged: [Step] = []
        var children: [Int] = []  // where each direct child starts in `merged`; only these may merge
        var index = first
        while index < steps.count {
            let step = steps[index]
            let next = Int(step.end)
            if step.kind == .anyBit, let same = children.first(where: { merged[$0].kind == .anyBit && merged[$0].slot == step.slot }) {
                merged[same].mask |= step.mask
            } else {
                children.append(merged.count)
                let offset = merged.count + first - index
                merged += steps[index..<next].map { child in
                    var moved = child
                    moved.end += Int32(offset)
                    return moved
                }
            }
            index = next
        }
        steps.replaceSubrange(first..., with: merged)
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
        case .constant, .anyBit, .number, .known:
            return test(step, facts)
        case .not:
            return trueTruth - evaluate(at: index + 1, steps, facts)
        case .and:
            var result = trueTruth
            var child = index + 1
            while child < Int(step.end) {
                let next = steps[child]
                // Tests are answered here; only nested logic recurses.
                let truth = next.kind.rawValue <= Kind.known.rawValue ? test(next, facts) : evaluate(at: child, steps, facts)
                if truth == falseTruth { return falseTruth }
                result = min(result, truth)
                child = Int(next.end)
            }
            return result
        case .or:
            var result = falseTruth
            var child = index + 1
            while child < Int(step.end) {
                let next = steps[child]
                let truth = next.kind.rawValue <= Kind.known.rawValue ? test(next, facts) : evaluate(at: child, steps, facts)
                if truth == trueTruth { return trueTruth }
                result = max(result, truth)
                child = Int(next.end)
            }
            return result
        }
    }

    /// One test of one fact: a constant, a bit mask, a number comparison or `known`.
    @inline(__always)
    static func test(_ step: Step, _ facts: UnsafeBufferPointer<EncodedFact>) -> UInt8 {
        switch step.kind {
        case .anyBit:
            let fact = facts[Int(step.slot)]
            guard fact.known else { return unknownTruth }
            if fact.bits & fact.decided & step.mask != 0 { return trueTruth }
            return step.mask & ~fact.decided == 0 ? falseTruth : unknownTruth
        case .number:
            let fact = facts[Int(step.slot)]
            guard fact.known else { return unknownTruth }
            let a = fact.number, b = step.value
            let holds = step.comparison.holds(a, b)
            return holds ? trueTruth : falseTruth
        case .known:
            return facts[Int(step.slot)].known ? trueTruth : falseTruth
        default:
            return step.truth
        }
    }
}

extension Truth {
    /// The truth for a compiled condition's code (0 false, 1 unknown, 2 true).
    init(code: UInt8) {
        self = code == CompiledCondition.trueTruth ? .true : code == CompiledCondition.falseTruth ? .false : .unknown
    }
}
