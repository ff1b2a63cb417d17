import Foundation
import ThresholdEngine

/// How many questions `assess` asks: the golden cases played as interviews, each question answered
/// from the case's facts (left unknown where the case does not say), against the fixed-order
/// interview it replaced, which asked the facts one by one in the policy's order, skipping those
/// that could no longer change anything (21 questions at the median when issue 15 was written).
/// Goal: the median well under the fixed-order one.
enum InterviewLengthBenchmark {
    static var benchmark: Benchmark {
        Benchmark(name: "interview", summary: "median questions asked over the golden cases vs the fixed-order question count", run: run)
    }

    static func run(_ mode: RunMode) throws {
        let policy = try Policy.load(path: projectRoot.appendingPathComponent("Scoring/thresholds.yaml").path)
        let golden = try PolicyTestSuite.load(path: projectRoot.appendingPathComponent("Scoring/thresholds.tests.yaml").path, policy: policy)
        let cases = mode.isSmoke ? Array(golden.cases.prefix(3)) : golden.cases
        guard !cases.isEmpty else { throw BenchmarkFailure("no golden cases") }
        let clock = Date(timeIntervalSince1970: 1_773_454_200)
        var lengths: [Int] = []
        var fixedLengths: [Int] = []
        var agreeing = 0
        for golden in cases {
            let (asked, interview) = try play(golden.facts, policy: policy, clock: clock)
            lengths.append(asked)
            fixedLengths.append(try playInFixedOrder(golden.facts, policy: policy, clock: clock))
            if policy.decide(interview.facts, at: clock).statuses == policy.decide(golden.facts, at: clock).statuses { agreeing += 1 }
        }
        let sorted = lengths.sorted()
        let ranked = Self.median(lengths)
        let fixedOrder = Self.median(fixedLengths)
        mode.report("  \(cases.count) golden cases, each question answered from the case's facts")
        mode.report("  questions asked: median \(String(format: "%g", ranked)), fewest \(sorted.first ?? 0), most \(sorted.last ?? 0)")
        mode.report("  fixed-order baseline: median \(String(format: "%g", fixedOrder)) questions (21 when issue 15 was written); ratio \(String(format: "%.2f", ranked / fixedOrder))")
        mode.report("  the interview reaches the case's own decision in \(agreeing) of \(cases.count) cases")
        guard ranked <= fixedOrder else { throw BenchmarkFailure("the interview asks more (\(ranked)) than the fixed order (\(fixedOrder))") }
    }

    /// Plays one interview to its end; returns how many steps it put and where it ended.
    static func play(_ facts: Facts, policy: Policy, clock: Date) throws -> (Int, FactInterview) {
        var interview = FactInterview(policy: policy)
        var asked = 0
        while let step = interview.nextStep(at: clock) {
            asked += 1
            guard asked <= policy.schema.definitions.count else { throw BenchmarkFailure("the interview did not end within one question a fact") }
            switch step {
            case .question(let definition): interview.answer(definition.id, with: facts[definition.id])
            case .concerns(let definitions): interview.answer(definitions.map { ($0.id, facts[$0.id] ?? .bool(false)) })
            }
        }
        return (asked, interview)
    }

    /// The interview before the ranking: the first fact in the policy's order that could still change
    /// something, one at a time, `aware_at` once it is the only time left to ask.
    static func playInFixedOrder(_ facts: Facts, policy: Policy, clock: Date) throws -> Int {
        var interview = FactInterview(policy: policy)
        var asked = 0
        while let next = interview.unasked.first(where: { $0.type == .datetime || interview.impact(of: $0, at: clock) > 0 }) {
            asked += 1
            guard asked <= policy.schema.definitions.count else { throw BenchmarkFailure("the fixed-order interview did not end") }
            interview.answer(next.id, with: facts[next.id])
        }
        return asked
    }

    static func median(_ values: [Int]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? Double(sorted[sorted.count / 2]) : Double(sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}
