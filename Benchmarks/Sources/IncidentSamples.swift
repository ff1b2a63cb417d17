import Foundation
import ThresholdEngine

/// Varied incidents: each fact unanswered about a quarter of the time (unknown, or its `absent`
/// value for a concern), otherwise a random value.
enum IncidentSamples {
    /// `count` incidents over `schema`'s facts, the same on every run (a fixed seed).
    static func make(count: Int, schema: FactSchema) -> [Facts] {
        var generator = SplitMix(state: 2026)
        return (0..<count).map { _ in
            var facts = Facts()
            for definition in schema.definitions where Int.random(in: 0..<4, using: &generator) > 0 {
                switch definition.type {
                case .bool: facts[definition.id] = .bool(Bool.random(using: &generator))
                case .number: facts[definition.id] = .number([0, 0, 20, 250, 4000].randomElement(using: &generator) ?? 0)
                case .enum: facts[definition.id] = definition.values.randomElement(using: &generator).map(FactValue.word)
                case .set: facts[definition.id] = .set(Set(definition.values.filter { _ in Int.random(in: 0..<6, using: &generator) == 0 }))
                case .datetime: facts[definition.id] = .datetime(Date(timeIntervalSince1970: 1_773_450_000))
                }
            }
            return facts
        }
    }

    /// A small seeded generator, so every run decides the same incidents.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
