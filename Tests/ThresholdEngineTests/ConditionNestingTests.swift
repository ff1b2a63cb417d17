import Testing
import ThresholdEngine

/// Issue 16 (fuzzing the loaders): a condition nested tens of thousands deep overflowed the
/// stack of the recursive parser; past 64 levels it is an `SD020` error at the level too many.
@Suite("condition nesting")
struct ConditionNestingTests {
    static let parser = ConditionParser(schema: FactSchema([FactDefinition(id: "imminent_harm", type: .bool)]))

    /// Each opening, and the offset of the one that goes a level too deep: the 65th `(` or `not`,
    /// or the 33rd `not (`, which nests two levels at a time.
    static let deep: [(opening: String, closing: String, offset: Int)] = [("(", ")", 64), ("not ", "", 256), ("not (", ")", 160)]

    @Test(arguments: deep.indices)
    func nestingTooDeepIsASyntaxError(_ index: Int) throws {
        let (opening, closing, offset) = Self.deep[index]
        let text = String(repeating: opening, count: 60_000) + "imminent_harm" + String(repeating: closing, count: 60_000)
        let error = try #require(throws: ConditionSyntaxError.self) { try Self.parser.parse(text) }
        #expect(error.code == "SD020")
        #expect(error.message == "the condition nests more than 64 'not's and parentheses deep")
        #expect(error.offset == offset)
    }

    @Test func sixtyFourLevelsAreRead() throws {
        _ = try Self.parser.parse(String(repeating: "(", count: 64) + "imminent_harm" + String(repeating: ")", count: 64))
        _ = try Self.parser.parse(String(repeating: "not ", count: 64) + "imminent_harm")
        #expect(throws: ConditionSyntaxError.self) { try Self.parser.parse(String(repeating: "not ", count: 65) + "imminent_harm") }
    }

    @Test(arguments: deep.indices)
    func nestingWellWithinTheLimitIsRead(_ index: Int) throws {
        let (opening, closing, _) = Self.deep[index]
        let text = String(repeating: opening, count: 30) + "imminent_harm" + String(repeating: closing, count: 30)
        #expect(throws: Never.self) { try Self.parser.parse(text) }
    }

    @Test func aPolicyRuleNestedTooDeepIsADiagnostic() throws {
        let condition = String(repeating: "(", count: 50_000) + "imminent_harm" + String(repeating: ")", count: 50_000)
        let text = SamplePolicy.text(rules: "  - {id: r, when: \"\(condition)\", then: {police: required}, because: A., source: A.}")
        let error = try #require(throws: DiagnosticError.self) { try Policy(text: text, path: "sample.yaml") }
        #expect(error.diagnostics.items.map(\.code) == ["SD020"])
    }
}
