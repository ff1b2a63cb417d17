import Foundation
import Testing
import ThresholdEngine

/// Kleene's three-valued logic, for the operators and for every condition form, known and unknown.
@Suite("three-valued truth")
struct TruthTableTests {
    struct Row: Sendable, CustomStringConvertible {
        var inputs: [Truth]
        var expected: Truth
        var description: String { inputs.map(\.rawValue).joined(separator: ", ") + " → \(expected.rawValue)" }
    }

    static let notTable = [Row(inputs: [.true], expected: .false), Row(inputs: [.false], expected: .true), Row(inputs: [.unknown], expected: .unknown)]

    static let andTable = [
        Row(inputs: [.true, .true], expected: .true), Row(inputs: [.true, .false], expected: .false), Row(inputs: [.true, .unknown], expected: .unknown),
        Row(inputs: [.false, .true], expected: .false), Row(inputs: [.false, .false], expected: .false), Row(inputs: [.false, .unknown], expected: .false),
        Row(inputs: [.unknown, .true], expected: .unknown), Row(inputs: [.unknown, .false], expected: .false), Row(inputs: [.unknown, .unknown], expected: .unknown),
    ]

    static let orTable = [
        Row(inputs: [.true, .true], expected: .true), Row(inputs: [.true, .false], expected: .true), Row(inputs: [.true, .unknown], expected: .true),
        Row(inputs: [.false, .true], expected: .true), Row(inputs: [.false, .false], expected: .false), Row(inputs: [.false, .unknown], expected: .unknown),
        Row(inputs: [.unknown, .true], expected: .true), Row(inputs: [.unknown, .false], expected: .unknown), Row(inputs: [.unknown, .unknown], expected: .unknown),
    ]

    /// A bool fact's value for a truth: unknown leaves it out.
    static func facts(_ truths: [Truth], ids: [String]) -> Facts {
        var facts = Facts()
        for (truth, id) in zip(truths, ids) where truth != .unknown { facts[id] = .bool(truth == .true) }
        return facts
    }

    @Test(arguments: notTable)
    func not(_ row: Row) throws {
        #expect(!row.inputs[0] == row.expected)
        try expectCondition("not imminent_harm", Self.facts(row.inputs, ids: ["imminent_harm"]), row.expected)
    }

    @Test(arguments: andTable)
    func and(_ row: Row) throws {
        #expect((row.inputs[0] && row.inputs[1]) == row.expected)
        try expectCondition("imminent_harm and repeated", Self.facts(row.inputs, ids: ["imminent_harm", "repeated"]), row.expected)
    }

    @Test(arguments: orTable)
    func or(_ row: Row) throws {
        #expect((row.inputs[0] || row.inputs[1]) == row.expected)
        try expectCondition("imminent_harm or repeated", Self.facts(row.inputs, ids: ["imminent_harm", "repeated"]), row.expected)
    }

    struct Form: Sendable, CustomStringConvertible {
        var condition: String
        var facts: [String: FactValue]
        var expected: Truth
        var description: String { "\(condition) with \(facts.map { "\($0.key)=\($0.value.text)" }.sorted()) → \(expected.rawValue)" }
    }

    static let forms: [Form] = [
        Form(condition: "imminent_harm", facts: ["imminent_harm": .bool(true)], expected: .true),
        Form(condition: "imminent_harm", facts: ["imminent_harm": .bool(false)], expected: .false),
        Form(condition: "imminent_harm", facts: [:], expected: .unknown),
        Form(condition: "imminent_harm == false", facts: ["imminent_harm": .bool(false)], expected: .true),
        Form(condition: "imminent_harm != true", facts: ["imminent_harm": .bool(true)], expected: .false),
        Form(condition: "imminent_harm == false", facts: [:], expected: .unknown),
        Form(condition: "consent_to_share == refused", facts: ["consent_to_share": .word("refused")], expected: .true),
        Form(condition: "consent_to_share == refused", facts: ["consent_to_share": .word("given")], expected: .false),
        Form(condition: "consent_to_share == refused", facts: [:], expected: .unknown),
        Form(condition: "consent_to_share != refused", facts: ["consent_to_share": .word("given")], expected: .true),
        Form(condition: "consent_to_share != refused", facts: ["consent_to_share": .word("refused")], expected: .false),
        Form(condition: "consent_to_share != refused", facts: [:], expected: .unknown),
        Form(condition: "consent_to_share in [given, not_sought]", facts: ["consent_to_share": .word("not_sought")], expected: .true),
        Form(condition: "consent_to_share in [given, not_sought]", facts: ["consent_to_share": .word("refused")], expected: .false),
        Form(condition: "consent_to_share in [given, not_sought]", facts: [:], expected: .unknown),
        Form(condition: "consent_to_share not in [given]", facts: ["consent_to_share": .word("refused")], expected: .true),
        Form(condition: "consent_to_share not in [given]", facts: [:], expected: .unknown),
        Form(condition: "consent_to_share in []", facts: ["consent_to_share": .word("given")], expected: .false),
        Form(condition: "consent_to_share in []", facts: [:], expected: .unknown),
        Form(condition: "abuse_types in []", facts: ["abuse_types": .set(["sexual"])], expected: .false),
        Form(condition: "abuse_types in []", facts: [:], expected: .unknown),
        Form(condition: "'financial' in abuse_types", facts: ["abuse_types": .set(["financial", "sexual"])], expected: .true),
        Form(condition: "'financial' in abuse_types", facts: ["abuse_types": .set([])], expected: .false),
        Form(condition: "'financial' in abuse_types", facts: [:], expected: .unknown),
        Form(condition: "'financial' not in abuse_types", facts: ["abuse_types": .set(["sexual"])], expected: .true),
        Form(condition: "abuse_types in [sexual, psychological]", facts: ["abuse_types": .set(["psychological"])], expected: .true),
        Form(condition: "abuse_types in [sexual, psychological]", facts: ["abuse_types": .set(["financial"])], expected: .false),
        Form(condition: "abuse_types in [sexual, psychological]", facts: [:], expected: .unknown),
        Form(condition: "financial_loss_gbp >= 100", facts: ["financial_loss_gbp": .number(100)], expected: .true),
        Form(condition: "financial_loss_gbp >= 100", facts: ["financial_loss_gbp": .number(99.5)], expected: .false),
        Form(condition: "financial_loss_gbp > 100", facts: ["financial_loss_gbp": .number(100)], expected: .false),
        Form(condition: "financial_loss_gbp < 100", facts: ["financial_loss_gbp": .number(0)], expected: .true),
        Form(condition: "financial_loss_gbp <= 0", facts: ["financial_loss_gbp": .number(0)], expected: .true),
        Form(condition: "financial_loss_gbp == 0", facts: ["financial_loss_gbp": .number(0)], expected: .true),
        Form(condition: "financial_loss_gbp != 0", facts: ["financial_loss_gbp": .number(0)], expected: .false),
        Form(condition: "100 < financial_loss_gbp", facts: ["financial_loss_gbp": .number(250)], expected: .true),
        Form(condition: "financial_loss_gbp in [0, 10]", facts: ["financial_loss_gbp": .number(10)], expected: .true),
        Form(condition: "financial_loss_gbp in [0, 10]", facts: ["financial_loss_gbp": .number(5)], expected: .false),
        Form(condition: "financial_loss_gbp > 0", facts: [:], expected: .unknown),
        Form(condition: "known(aware_at)", facts: ["aware_at": .datetime(SamplePolicy.clock)], expected: .true),
        Form(condition: "known(aware_at)", facts: [:], expected: .false),
        Form(condition: "not known(imminent_harm)", facts: [:], expected: .true),
        Form(condition: "true", facts: [:], expected: .true),
        Form(condition: "false or imminent_harm", facts: [:], expected: .unknown),
        Form(condition: "imminent_harm or consent_to_share == given", facts: ["consent_to_share": .word("given")], expected: .true),
        Form(condition: "imminent_harm and consent_to_share == given", facts: ["consent_to_share": .word("refused")], expected: .false),
        Form(condition: "not (imminent_harm and repeated)", facts: ["imminent_harm": .bool(true)], expected: .unknown),
        Form(condition: "not (imminent_harm and repeated)", facts: ["repeated": .bool(false)], expected: .true),
        Form(condition: "(imminent_harm or repeated) and not credible_threat", facts: ["repeated": .bool(true), "credible_threat": .bool(false)], expected: .true),
    ]

    @Test(arguments: forms)
    func conditionForm(_ form: Form) throws {
        try expectCondition(form.condition, Facts(form.facts), form.expected)
    }

    /// Checks the reference evaluator and the compiled one that decisions use, which must agree.
    private func expectCondition(_ condition: String, _ facts: Facts, _ expected: Truth, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let policy = try SamplePolicy.single(condition)
        let rule = try #require(policy.rules.first)
        #expect(rule.when.evaluate(in: facts) == expected, "reference", sourceLocation: sourceLocation)
        let decision = policy.decide(facts, at: SamplePolicy.clock)
        #expect(decision.ruleTruths == [expected], "compiled", sourceLocation: sourceLocation)
        let status: EscalationStatus = switch expected {
        case .true: .required
        case .unknown: .consult
        case .false: .notRequired
        }
        #expect(decision.status(of: "police") == status, sourceLocation: sourceLocation)
    }
}
