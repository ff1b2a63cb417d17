import ScenarioKit
import Testing

@Suite("exact path numbers")
struct BigUIntTests {
    @Test func zeroAndSmallNumbersPrintAsDecimals() {
        #expect(BigUInt.zero.description == "0")
        #expect(BigUInt(42).description == "42")
        #expect(BigUInt(UInt64.max).description == "18446744073709551615")
    }

    @Test func additionCarriesIntoANewDigit() {
        #expect((BigUInt(UInt64.max) + 1).description == "18446744073709551616")
        #expect((BigUInt(UInt64.max) + BigUInt(UInt64.max)).description == "36893488147419103230")
    }

    @Test func doublingTwoHundredTimesGivesTwoToThe200() {
        var value: BigUInt = 1
        for _ in 0..<200 { value += value }
        #expect(value.description == "1606938044258990275541962092341162602522202993782792835301376")
    }

    @Test func numbersCompareByValue() {
        var big: BigUInt = 1
        for _ in 0..<70 { big += big }
        #expect(BigUInt(UInt64.max) < big)
        #expect(!(big < BigUInt(5)))
        #expect(BigUInt(3) == BigUInt(1) + BigUInt(2))
    }

    @Test func aDecimalGroupWithLeadingZerosKeepsThem() {
        // 10^19 is one full decimal group: it must print as 1 followed by 19 zeros.
        var value = BigUInt(9_999_999_999_999_999_999)
        value += 1
        #expect(value.description == "1" + String(repeating: "0", count: 19))
    }
}
