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
    let tests: UnsafeMutableBufferPointer<Test>
    let maskTestCount: Int
    let masks: UnsafeMutableBufferPointer<TestMask>
    let ops: UnsafeMutableBufferPointer<Op>
    /// Rule *r*'s operations end at `ruleEnds[r]`, leaving its truth on the stack.
    let ruleEnds: UnsafeMutableBufferPointer<Int>
    /// Rule *r*'s outcomes are `targets[targetStarts[r] ..< targetStarts[r + 1]]`.
    let targets: UnsafeMutableBufferPointer<CompiledPolicy.Target>
    let targetStarts: UnsafeMutableBufferPointer<Int>
    /// The deepest the value stack gets.
    let depth: Int
    let words: Int

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

    static func test(_ step: CompiledCondition.Step) -> Test {
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
}
