import Testing
import ThresholdEngine

/// Condition mistakes point at the offending character inside the condition.
@Suite("condition errors")
struct ConditionColumnTests {
    static let schema = FactSchema([
        FactDefinition(id: "imminent_harm", type: .bool),
        FactDefinition(id: "consent_to_share", type: .enum, values: ["given", "refused"]),
        FactDefinition(id: "abuse_types", type: .set, values: ["financial", "sexual"]),
        FactDefinition(id: "financial_loss_gbp", type: .number),
    ])

    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var code: String
        /// The offset of the offending character, marked `⚑` in `text`.
        var description: String { text }
    }

    static let cases: [Case] = [
        Case(text: "imminent_harm and ⚑threat", code: "SD010"),
        Case(text: "⚑& imminent_harm", code: "SD020"),
        Case(text: "imminent_harm ⚑= true", code: "SD020"),
        Case(text: "(imminent_harm or financial_loss_gbp > 0⚑", code: "SD020"),
        Case(text: "imminent_harm and⚑", code: "SD020"),
        Case(text: "imminent_harm ⚑imminent_harm", code: "SD020"),
        Case(text: "⚑'financial in abuse_types", code: "SD020"),
        Case(text: "consent_to_share == ⚑gven", code: "SD012"),
        Case(text: "⚑'sexuall' in abuse_types", code: "SD012"),
        Case(text: "consent_to_share in [given, ⚑maybe]", code: "SD012"),
        Case(text: "financial_loss_gbp >= ⚑given", code: "SD013"),
        Case(text: "consent_to_share ⚑> given", code: "SD013"),
        Case(text: "imminent_harm and ⚑consent_to_share", code: "SD013"),
        Case(text: "'financial' in ⚑consent_to_share", code: "SD013"),
        Case(text: "⚑chose(a, b)", code: "SD021"),
        Case(text: "⚑known(imminent_harm, consent_to_share)", code: "SD021"),
    ]

    @Test(arguments: cases)
    func errorOffset(_ testCase: Case) throws {
        let marked = MarkedText(testCase.text)
        let parser = ConditionParser(schema: Self.schema)
        let error = try #require(throws: ConditionSyntaxError.self) { try parser.parse(marked.text) }
        #expect(error.code == testCase.code)
        #expect(error.offset + 1 == marked.marks.first?.column, "\(error.message)")
    }
}
