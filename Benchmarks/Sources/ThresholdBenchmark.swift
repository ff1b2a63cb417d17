import Foundation
import ThresholdEngine

/// Decisions per second for the default policy, next to a hand-written Swift function of the same
/// rules. Goal: at least 1M decisions/s on one core, within 3x of the hand-written function.
enum ThresholdBenchmark {
    static var benchmark: Benchmark {
        Benchmark(name: "thresholds", summary: "decisions/s for Scoring/thresholds.yaml vs the same rules hand-written as plain ifs", run: run)
    }

    static func run(_ mode: RunMode) throws {
        let policyPath = projectRoot.appendingPathComponent("Scoring/thresholds.yaml").path
        let policy = try Policy.load(path: policyPath)
        let golden = try PolicyTestSuite.load(path: projectRoot.appendingPathComponent("Scoring/thresholds.tests.yaml").path, policy: policy)
        let passes = mode.pick(20, smoke: 1)
        // Prepared before timing, each side in its own typed form: the engine gets facts encoded for the
        // policy (`PreparedFacts`), the hand-written function a struct of optionals with Swift enums
        // and an option set. Neither side looks at a string while timed.
        let facts = IncidentSamples.make(count: mode.pick(1000, smoke: 100), schema: policy.schema)
        let vectors = facts.map { FactVector($0, schema: policy.schema) }
        let prepared = vectors.map { PreparedFacts($0, for: policy) }
        let structs = facts.map(HandWrittenFacts.init)
        let clock = Date(timeIntervalSince1970: 1_773_454_200)
        let samples: [(name: String, facts: Facts)] = facts.enumerated().map { (name: "random incident \($0.offset)", facts: $0.element) }
            + golden.cases.map { (name: "golden case \"\($0.name)\"", facts: $0.facts) }
        try checkAgreement(policy: policy, samples: samples, clock: clock)
        mode.report("  hand-written rules agree with the policy on \(facts.count) random incidents and all \(golden.cases.count) golden cases")

        let escalations = HandWrittenThresholds.escalations.count
        let decisions = Double(vectors.count * passes)
        let report = SideBySide.compare(
            "\(vectors.count) incidents (about a quarter of facts unanswered) × \(passes) passes", mode: mode,
            subjectName: "engine      ", baselineName: "hand-written", goal: "≤ 3x, ≥ 1M decisions/s",
            subject: {
                var sum = 0
                for _ in 0..<passes {
                    for incident in prepared {
                        let decision = policy.decide(incident, at: clock)
                        for index in 0..<escalations { sum &+= Int(decision.status(at: index).strength) }
                    }
                }
                return sum
            },
            baseline: {
                var sum = 0
                for _ in 0..<passes {
                    for incident in structs {
                        let statuses = HandWrittenThresholds.decide(incident).statuses
                        for index in 0..<escalations { sum &+= Int(statuses[index]) }
                    }
                }
                return sum
            })
        mode.report(String(format: "  engine:       %.2fM decisions/s", decisions / report.subject / 1e6))
        mode.report(String(format: "  hand-written: %.2fM decisions/s", decisions / report.baseline / 1e6))

        // For reference, the slower doors: encoding a fact vector each time, and from `Facts` dictionaries.
        var sink = 0
        let fromVectors = SideBySide.median((0..<mode.rounds(7)).map { _ in
            SideBySide.time { for vector in vectors { sink &+= policy.decide(vector, at: clock).ruleTruths.count } }
        })
        let fromFacts = SideBySide.median((0..<mode.rounds(7)).map { _ in
            SideBySide.time { for incident in facts { sink &+= policy.decide(incident, at: clock).ruleTruths.count } }
        })
        mode.report(String(format: "  engine from FactVector (encoding each time): %.2fM decisions/s", Double(vectors.count) / fromVectors / 1e6))
        mode.report(String(format: "  engine from Facts dictionaries: %.2fM decisions/s  [sink %d]", Double(facts.count) / fromFacts / 1e6, sink & 1))
    }

    /// The hand-written function must be a faithful copy of the policy, or the comparison means
    /// nothing: on every sample, each rule's truth and each escalation's status and deadline must be
    /// the engine's. The golden cases are among the samples, so a policy change that the cases cover
    /// fails here, naming the case, until HandWrittenThresholds follows it.
    static func checkAgreement(policy: Policy, samples: [(name: String, facts: Facts)], clock: Date) throws {
        let update = "update Benchmarks/Sources/HandWrittenThresholds.swift for policy \(policy.version)"
        guard policy.schema.definitions.map(\.id) == HandWrittenFacts.factIDs else {
            throw BenchmarkFailure("the policy's facts changed; update HandWrittenFacts and \(update)")
        }
        guard policy.escalations.map(\.id) == HandWrittenThresholds.escalations else {
            throw BenchmarkFailure("the policy's escalations changed; \(update)")
        }
        guard policy.rules.map(\.id) == HandWrittenThresholds.rules else {
            throw BenchmarkFailure("the policy's rules changed; \(update)")
        }
        for sample in samples {
            let engine = policy.decide(PreparedFacts(sample.facts, for: policy), at: clock)
            let hand = HandWrittenThresholds.decide(HandWrittenFacts(sample.facts))
            for (index, truth) in engine.ruleTruths.enumerated() {
                let handTruth: Truth = hand.fired >> index & 1 == 1 ? .true : hand.unknown >> index & 1 == 1 ? .unknown : .false
                guard truth == handTruth else {
                    throw BenchmarkFailure("\(sample.name): rule \(policy.rules[index].id) is \(truth.rawValue) in the policy, \(handTruth.rawValue) by hand; \(update)")
                }
            }
            for (index, escalation) in engine.escalations.enumerated() {
                let handStatus = hand.statuses[index]
                guard escalation.status.strength == handStatus else {
                    throw BenchmarkFailure(
                        "\(sample.name): \(escalation.id) is \(escalation.status.rawValue) in the policy, \(EscalationStatus(strength: handStatus).rawValue) by hand; \(update)")
                }
                guard escalation.deadline.map(\.urgency) ?? Int(Int32.max) == Int(hand.urgency[index]) else {
                    throw BenchmarkFailure("\(sample.name): \(escalation.id)'s deadline is \(escalation.deadline.map(\.description) ?? "none") in the policy, not as by hand; \(update)")
                }
            }
        }
    }
}

extension EscalationStatus {
    /// 0 not required, 1 consult, 2 required: the hand-written function's codes.
    var strength: UInt8 { self == .required ? 2 : self == .consult ? 1 : 0 }

    init(strength: UInt8) { self = strength == 2 ? .required : strength == 1 ? .consult : .notRequired }
}

extension Deadline {
    /// The engine's order of urgency (immediately 0, without-delay 1, Nh 1+N), as the hand-written function keeps it.
    var urgency: Int {
        switch self {
        case .immediately: 0
        case .withoutDelay: 1
        case .hours(let hours): 1 + hours
        }
    }
}
