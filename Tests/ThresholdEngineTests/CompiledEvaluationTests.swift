import Foundation
import Testing
import ThresholdEngine

/// Decisions evaluate compiled conditions; they must agree with the reference evaluator everywhere.
@Suite("compiled conditions")
struct CompiledEvaluationTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }

    /// Random facts for `schema`: each fact unknown about a third of the time.
    static func randomFacts(_ schema: FactSchema, numbers: [Double], using generator: inout Generator) -> Facts {
        var facts = Facts()
        for definition in schema.definitions where Int.random(in: 0..<3, using: &generator) > 0 {
            switch definition.type {
            case .bool: facts[definition.id] = .bool(Bool.random(using: &generator))
            case .number: facts[definition.id] = .number(numbers.randomElement(using: &generator) ?? 0)
            case .enum: facts[definition.id] = definition.values.randomElement(using: &generator).map(FactValue.word)
            case .set: facts[definition.id] = .set(Set(definition.values.filter { _ in Int.random(in: 0..<4, using: &generator) == 0 }))
            case .datetime: facts[definition.id] = .datetime(SamplePolicy.clock)
            }
        }
        return facts
    }

    @Test func theDefaultPolicyAgreesWithTheReferenceOnRandomFacts() throws {
        let policy = try Policy.load(path: ProjectFiles.defaultPolicy)
        var generator = Generator(state: 42)
        for _ in 0..<3000 {
            let facts = Self.randomFacts(policy.schema, numbers: [0, 1, 50, 1000], using: &generator)
            let decision = policy.decide(facts, at: SamplePolicy.clock)
            let reference = policy.rules.map { $0.when.evaluate(in: policy.schema.withAbsentValues(facts)) }
            #expect(decision.ruleTruths == reference, "\(facts.values)")
            if decision.ruleTruths != reference { return }
        }
    }
}
