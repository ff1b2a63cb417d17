/// An exact unsigned integer of any size, for counting paths: a scenario of a few hundred nodes can
/// have more play-throughs than any fixed-width integer holds, and an author should see the number,
/// not an overflow. Only what counting needs: addition, comparison and decimal text.
public struct BigUInt: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    /// Base-2^64 digits, least significant first, with no trailing zero digits (zero is empty).
    private var limbs: [UInt64]

    /// The number `value`.
    public init(_ value: UInt64) { limbs = value == 0 ? [] : [value] }

    /// A number written in code, e.g. `let one: BigUInt = 1`.
    public init(integerLiteral value: UInt64) { self.init(value) }

    /// No routes.
    public static let zero = BigUInt(0)

    /// True for zero.
    public var isZero: Bool { limbs.isEmpty }

    /// The exact sum; never overflows.
    public static func + (lhs: BigUInt, rhs: BigUInt) -> BigUInt {
        var sum = lhs
        sum += rhs
        return sum
    }

    /// Adds `rhs` exactly; never overflows.
    public static func += (lhs: inout BigUInt, rhs: BigUInt) {
        if rhs.limbs.count > lhs.limbs.count { lhs.limbs.append(contentsOf: repeatElement(0, count: rhs.limbs.count - lhs.limbs.count)) }
        var carry: UInt64 = 0
        for index in lhs.limbs.indices {
            guard index < rhs.limbs.count || carry != 0 else { break }
            let (partial, overflowA) = lhs.limbs[index].addingReportingOverflow(index < rhs.limbs.count ? rhs.limbs[index] : 0)
            let (total, overflowB) = partial.addingReportingOverflow(carry)
            lhs.limbs[index] = total
            carry = (overflowA ? 1 : 0) + (overflowB ? 1 : 0)
        }
        if carry != 0 { lhs.limbs.append(carry) }
    }

    /// Compares by value.
    public static func < (lhs: BigUInt, rhs: BigUInt) -> Bool {
        guard lhs.limbs.count == rhs.limbs.count else { return lhs.limbs.count < rhs.limbs.count }
        for index in lhs.limbs.indices.reversed() where lhs.limbs[index] != rhs.limbs[index] {
            return lhs.limbs[index] < rhs.limbs[index]
        }
        return false
    }

    /// Decimal digits, without separators, e.g. `1606938044258990275541962092341162602522202993782792835301376`.
    public var description: String {
        guard !isZero else { return "0" }
        // Peel off 19 decimal digits at a time: 10^19 is the largest power of ten below 2^64.
        let chunk: UInt64 = 10_000_000_000_000_000_000
        var remaining = limbs
        var groups: [UInt64] = []
        while !remaining.isEmpty {
            var remainder: UInt64 = 0
            for index in remaining.indices.reversed() {
                let (quotient, rest) = chunk.dividingFullWidth((high: remainder, low: remaining[index]))
                remaining[index] = quotient
                remainder = rest
            }
            groups.append(remainder)
            while remaining.last == 0 { remaining.removeLast() }
        }
        var text = String(groups.removeLast())
        for group in groups.reversed() {
            let digits = String(group)
            text += String(repeating: "0", count: 19 - digits.count) + digits
        }
        return text
    }
}
