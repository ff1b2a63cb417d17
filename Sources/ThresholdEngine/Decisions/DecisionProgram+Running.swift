extension DecisionProgram {
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
    fileprivate static func perform(
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
    fileprivate static func combineTests(
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
    fileprivate static func maskTest(_ test: Test, _ facts: UnsafeBufferPointer<EncodedFact>) -> UInt8 {
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
    fileprivate static func isNonZero(_ value: UInt64) -> UInt8 {
        UInt8(truncatingIfNeeded: (value | (0 &- value)) >> 63)
    }

    fileprivate static func otherTest(_ test: Test, _ facts: UnsafeBufferPointer<EncodedFact>) -> UInt8 {
        switch test.kind {
        case .anyBit:
            return maskTest(test, facts)
        case .number:
            let fact = facts[Int(test.slot)]
            let a = fact.number, b = test.value
            let holds = test.comparison.holds(a, b)
            return fact.known ? (holds ? 2 : 0) : 1
        case .known:
            return facts[Int(test.slot)].known ? 2 : 0
        case .constant:
            return test.truth
        }
    }
}
