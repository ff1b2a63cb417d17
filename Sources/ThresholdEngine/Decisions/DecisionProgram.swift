/// Every rule's condition as one program over encoded facts, run straight through for each decision.
///
/// First every distinct test of a fact (`imminent_harm`, `'financial' in abuse_types`, ...) is run
/// once, into two bit sets: the tests that are true and those that are unknown. Then each `and`/`or`
/// of the rules, in postfix order, reads its direct tests from those bit sets with a mask, whatever
/// their number, and combines them with the results of its nested logic. There are no short cuts:
/// the same steps run in the same order for every decision, so the processor predicts them.
///
/// Truths are 0 (false), 1 (unknown), 2 (true): Kleene's `and` is the minimum, `or` the maximum,
/// `not` is `2 - x`.
///
/// Immutable once built. Its tables live in buffers it owns, so a decision reads them through plain
/// pointers, without retaining and releasing arrays on every call.
final class DecisionProgram: @unchecked Sendable {
    /// One distinct test of one fact; its result is bit `index % 64` of word `index / 64`.
    struct Test: Sendable, Hashable {
        enum Kind: UInt8, Sendable, Hashable { case constant, anyBit, number, known }
        var kind: Kind
        var truth: UInt8 = 0
        var comparison: Comparison = .equal
        var slot: Int32 = 0
        var mask: UInt64 = 0
        var value: Double = 0
    }

    /// Some of an operation's direct tests: those in one word of the bit sets.
    struct TestMask: Sendable {
        var word: Int
        var mask: UInt64
    }

    /// One node of logic: its direct tests are `first` (the tests of one word, as nearly always) and
    /// `masks[firstMask..<endMask]` (any other words); it combines them with the last `nested`
    /// results on the stack and pushes the result.
    struct Op: Sendable {
        enum Kind: UInt8, Sendable { case and, or, not }
        var kind: Kind
        var nested: Int32 = 0
        var first = TestMask(word: 0, mask: 0)
        var firstMask: Int32 = 0
        var endMask: Int32 = 0
    }

    /// Mask tests first (no branching on the kind while running them), then the rest.
    private let tests: UnsafeMutableBufferPointer<Test>
    private let maskTestCount: Int
    private let masks: UnsafeMutableBufferPointer<TestMask>
    private let ops: UnsafeMutableBufferPointer<Op>
    /// Rule *r*'s operations end at `ruleEnds[r]`, leaving its truth on the stack.
    private let ruleEnds: UnsafeMutableBufferPointer<Int>
    /// Rule *r*'s outcomes are `targets[targetStarts[r] ..< targetStarts[r + 1]]`.
    private let targets: UnsafeMutableBufferPointer<CompiledPolicy.Target>
    private let targetStarts: UnsafeMutableBufferPointer<Int>
    /// The deepest the value stack gets.
    private let depth: Int
    private let words: Int

    init(_ conditions: [CompiledCondition], targets: [CompiledPolicy.Target], targetStarts: [Int]) {
        // Distinct tests in a stable order: mask tests first.
        var distinct: [Test] = []
        for condition in conditions {
            for step in condition.steps where step.kind.isTest {
                let test = Self.test(step)
                if !distinct.contains(test) { distinct.append(test) }
            }
        }
        let tests = distinct.filter { $0.kind == .anyBit } + distinct.filter { $0.kind != .anyBit }
        var builder = Builder(positions: Dictionary(uniqueKeysWithValues: tests.enumerated().map { ($1, $0) }))
        var ends: [Int] = []
        for condition in conditions {
            var stack = 0
            condition.steps.withUnsafeBufferPointer { builder.append(at: 0, $0, stack: &stack) }
            ends.append(builder.ops.count)
        }
        maskTestCount = distinct.count { $0.kind == .anyBit }
        depth = builder.depth
        words = max(1, (tests.count + 63) / 64)
        self.tests = Self.copy(tests)
        masks = Self.copy(builder.masks)
        ops = Self.copy(builder.ops)
        ruleEnds = Self.copy(ends)
        self.targets = Self.copy(targets)
        self.targetStarts = Self.copy(targetStarts)
    }

    deinit {
        tests.deallocate()
        masks.deallocate()
        ops.deallocate()
        ruleEnds.deallocate()
        targets.deallocate()
        targetStarts.deallocate()
    }

    private static func copy<Element>(_ array: [Element]) -> UnsafeMutableBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(1, array.count))
        _ = buffer.initialize(from: array)
        return UnsafeMutableBufferPointer(rebasing: buffer[0..<array.count])
    }

    /// Lays out the operations while the program is built.
    private struct Builder {
        let positions: [Test: Int]
        var masks: [TestMask] = []
        var ops: [Op] = []
        var depth = 1

        /// Emits the subtree at `index` of a prefix-ordered condition: nested logic first, then the node.
        mutating func append(at index: Int, _ steps: UnsafeBufferPointer<CompiledCondition.Step>, stack: inout Int) {
            let step = steps[index]
            switch step.kind {
            case .not:
                append(at: index + 1, steps, stack: &stack)
                ops.append(Op(kind: .not))
                return
            case .constant, .anyBit, .number, .known:
                // A test on its own is an `and` of one test.
                appendOp(.and, direct: [positions[DecisionProgram.test(step)] ?? 0], nested: 0, stack: &stack)
            case .and, .or:
                var direct: [Int] = []
                var nested = 0
                var child = index + 1
                while child < Int(step.end) {
                    let part = steps[child]
                    if part.kind.isTest {
                        direct.append(positions[DecisionProgram.test(part)] ?? 0)
                    } else {
                        append(at: child, steps, stack: &stack)
                        nested += 1
                    }
                    child = Int(part.end)
                }
                appendOp(step.kind == .and ? .and : .or, direct: direct, nested: nested, stack: &stack)
            }
        }

        mutating func appendOp(_ kind: Op.Kind, direct: [Int], nested: Int, stack: inout Int) {
            var byWord: [Int: UInt64] = [:]
            for position in direct { byWord[position / 64, default: 0] |= 1 << UInt64(position % 64) }
            let chunks = byWord.keys.sorted().map { TestMask(word: $0, mask: byWord[$0] ?? 0) }
            let start = masks.count
            masks += chunks.dropFirst()
            ops.append(Op(kind: kind, nested: Int32(nested), first: chunks.first ?? TestMask(word: 0, mask: 0), firstMask: Int32(start), endMask: Int32(masks.count)))
            stack -= nested
            stack += 1
            depth = max(depth, stack)
        }
    }

    private static func test(_ step: CompiledCondition.Step) -> Test {
        let kind: Test.Kind = switch step.kind {
        case .anyBit: .anyBit
        case .number: .number
        case .known: .known
        default: .constant
        }
        // Only the fields a kind reads take part in telling tests apart.
        return switch kind {
        case .anyBit: Test(kind: kind, slot: step.slot, mask: step.mask)
        case .number: Test(kind: kind, comparison: step.comparison, slot: step.slot, value: step.value)
        case .known: Test(kind: kind, slot: step.slot)
        case .constant: Test(kind: kind, truth: step.truth)
        }
    }

    /// Runs every rule over `facts`: writes each rule's truth code to `truths` and raises each
    /// escalation's outcome key (see `OutcomeKey`) in `keys`.
    func run(_ facts: UnsafeBufferPointer<EncodedFact>, truths: UnsafeMutablePointer<UInt8>, keys: UnsafeMutablePointer<UInt64>) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * words + depth) { scratch in
            scratch.initialize(repeating: 0)
            let isTrue = scratch.baseAddress.unsafelyUnwrapped, isUnknown = isTrue + words
            // The value stack shares the scratch space: a truth code per word is plenty.
            let stack = UnsafeMutableBufferPointer(rebasing: scratch[(2 * words)...])
            // Word by word, gathering bits in registers: a store per test would chain every test to the last.
            var index = 0
            for word in 0..<words {
                let end = min(tests.count, (word + 1) * 64)
                var trueBits: UInt64 = 0, unknownBits: UInt64 = 0
                while index < end {
                    let truth = index < maskTestCount ? Self.maskTest(tests[index], facts) : Self.otherTest(tests[index], facts)
                    let bit = UInt64(index & 63)
                    trueBits |= UInt64(truth >> 1) << bit
                    unknownBits |= UInt64(truth & 1) << bit
                    index += 1
                }
                isTrue[word] = trueBits
                isUnknown[word] = unknownBits
            }
            var top = 0
            var step = 0
            for rule in 0..<ruleEnds.count {
                let truth: UInt8
                let root = ops[step]
                if ruleEnds[rule] == step + 1, root.nested == 0, root.kind != .not {
                    // Most rules are one `and` or `or` of tests: no stack needed.
                    truth = UInt8(truncatingIfNeeded: Self.combineTests(root, UnsafeBufferPointer(masks), isTrue, isUnknown))
                    step += 1
                } else {
                    while step < ruleEnds[rule] {
                        Self.perform(ops[step], UnsafeBufferPointer(masks), isTrue, isUnknown, stack, &top)
                        step += 1
                    }
                    top -= 1
                    truth = UInt8(truncatingIfNeeded: stack[top])
                }
                truths[rule] = truth
                for target in targets[targetStarts[rule]..<targetStarts[rule + 1]] {
                    // True asks for the rule's own status; unknown for consult. Masks, not `?:`, so the
                    // data never decides a branch.
                    let key = target.keyIfTrue & (0 &- UInt64(truth >> 1)) | target.keyIfUnknown & (0 &- UInt64(truth & 1))
                    keys[target.escalation] = max(keys[target.escalation], key)
                }
            }
        }
    }

    @inline(__always)
    private static func perform(
        _ op: Op, _ masks: UnsafeBufferPointer<TestMask>, _ isTrue: UnsafeMutablePointer<UInt64>, _ isUnknown: UnsafeMutablePointer<UInt64>,
        _ stack: UnsafeMutableBufferPointer<UInt64>, _ top: inout Int
    ) {
        if op.kind == .not {
            stack[top - 1] = 2 - stack[top - 1]
            return
        }
        var result = combineTests(op, masks, isTrue, isUnknown)
        let nested = Int(op.nested)
        if op.kind == .and {
            for offset in 0..<nested { result = min(result, stack[top - 1 - offset]) }
        } else {
            for offset in 0..<nested { result = max(result, stack[top - 1 - offset]) }
        }
        top -= nested
        stack[top] = result
        top += 1
    }

    /// An `and` or `or` of the operation's direct tests (2 for an `and` of none, 0 for an `or` of none).
    @inline(__always)
    private static func combineTests(
        _ op: Op, _ masks: UnsafeBufferPointer<TestMask>, _ isTrue: UnsafeMutablePointer<UInt64>, _ isUnknown: UnsafeMutablePointer<UInt64>
    ) -> UInt64 {
        // Bits, not booleans: `||` would branch on the data.
        let trueBits = isTrue[op.first.word], unknownBits = isUnknown[op.first.word]
        var trueHits = op.first.mask & trueBits, unknownHits = op.first.mask & unknownBits
        var falseHits = op.first.mask & ~(trueBits | unknownBits)
        // Only policies with more than 64 distinct tests have more words to read.
        var index = Int(op.firstMask)
        while index < Int(op.endMask) {
            let part = masks[index]
            index += 1
            let trueBits = isTrue[part.word], unknownBits = isUnknown[part.word]
            trueHits |= part.mask & trueBits
            unknownHits |= part.mask & unknownBits
            falseHits |= part.mask & ~(trueBits | unknownBits)
        }
        let anyTrue = UInt64(trueHits != 0 ? 1 : 0), anyUnknown = UInt64(unknownHits != 0 ? 1 : 0), anyFalse = UInt64(falseHits != 0 ? 1 : 0)
        // and: 0 if any test is false, else 1 if any is unknown, else 2.
        // or: 2 if any test is true, else 1 if any is unknown, else 0.
        return op.kind == .and ? (2 - anyUnknown) * (1 - anyFalse) : max(2 * anyTrue, anyUnknown)
    }

    /// A bool, enum or set test: some bit of the mask is set in the fact.
    @inline(__always)
    private static func maskTest(_ test: Test, _ facts: UnsafeBufferPointer<EncodedFact>) -> UInt8 {
        // Bit arithmetic, not `?:`: whether a fact is known is exactly what the processor cannot guess.
        // An unknown fact has no decided bits, so it is "open" (the compiler gives every mask test a
        // bit); a known one has them all, so it is a hit or not.
        let fact = facts[Int(test.slot)]
        let hit = isNonZero(fact.bits & fact.decided & test.mask)
        let open = isNonZero(test.mask & ~fact.decided)
        return max(2 &* hit, open)
    }

    /// 1 when `value` is not zero, else 0, without a branch.
    @inline(__always)
    private static func isNonZero(_ value: UInt64) -> UInt8 {
        UInt8(truncatingIfNeeded: (value | (0 &- value)) >> 63)
    }

    private static func otherTest(_ test: Test, _ facts: UnsafeBufferPointer<EncodedFact>) -> UInt8 {
        switch test.kind {
        case .anyBit:
            return maskTest(test, facts)
        case .number:
            let fact = facts[Int(test.slot)]
            let a = fact.number, b = test.value
            let holds = switch test.comparison {
            case .equal: a == b
            case .notEqual: a != b
            case .less: a < b
            case .lessOrEqual: a <= b
            case .greater: a > b
            case .greaterOrEqual: a >= b
            }
            return fact.known ? (holds ? 2 : 0) : 1
        case .known:
            return facts[Int(test.slot)].known ? 2 : 0
        case .constant:
            return test.truth
        }
    }
}

/// An escalation's outcome as one number, so collecting outcomes is a maximum: the status in the high
/// half, and in the low half a value that is larger for an earlier deadline. 0 is not required.
enum OutcomeKey {
    @inline(__always)
    static func make(strength: UInt8, urgency: Int) -> UInt64 {
        UInt64(strength) << 32 | UInt64(UInt32.max - UInt32(clamping: urgency))
    }
}
