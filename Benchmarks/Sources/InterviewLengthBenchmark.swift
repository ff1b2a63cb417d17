import Foundation
import ThresholdEngine

/// How many questions `assess` asks: the golden cases played as interviews, each question answered
/// from the case's facts (left unknown where the case does not say), against the fixed-order
/// interview it replaced, which asked the facts in the policy's order, skipping those that could no
/// longer change anything: one fact a question, and with the concerns together (issue 15 gave 21 as
/// the fixed-order count).
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
        var groupedLengths: [Int] = []
        var agreeing = 0
        for golden in cases {
            let (asked, interview) = try play(golden.facts, policy: policy, clock: clock)
            lengths.append(asked)
            fixedLengths.append(try playInFixedOrder(golden.facts, policy: policy, clock: clock, groupingConcerns: false))
            groupedLengths.append(try playInFixedOrder(golden.facts, policy: policy, clock: clock, groupingConcerns: true))
            if policy.decide(interview.facts, at: clock).statuses == policy.decide(golden.facts, at: clock).statuses { agreeing += 1 }
        }
        let sorted = lengths.sorted()
        let ranked = Self.median(lengths)
        let fixedOrder = Self.median(fixedLengths)
        let grouped = Self.median(groupedLengths)
        mode.report("  \(cases.count) golden cases, each question answered from the case's facts")
        mode.report("  questions asked: median \(String(format: "%g", ranked)), fewest \(sorted.first ?? 0), most \(sorted.last ?? 0)")
        mode.report("  baseline, fixed order one fact a question: median \(String(format: "%g", fixedOrder)); ratio \(String(format: "%.2f", ranked / fixedOrder))")
        mode.report("  baseline, fixed order with the concerns together: median \(String(format: "%g", grouped)); ratio \(String(format: "%.2f", ranked / grouped))")
        mode.report("  (issue 15 gave 21 as the fixed-order count)")
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
    /// something, one at a time, `aware_at` when it comes; with `groupingConcerns`, the concerns still
    /// worth asking together, as one "does any of these apply?" question.
    static func playInFixedOrder(_ facts: Facts, policy: Policy, clock: Date, groupingConcerns: Bool) throws -> Int {
        var interview = FactInterview(policy: policy)
        var asked = 0
        func matters(_ definition: FactDefinition) -> Bool { definition.type == .datetime || interview.impact(of: definition, at: clock) > 0 }
        while let next = interview.unasked.first(where: matters) {
            asked += 1
            guard asked <= policy.schema.definitions.count else { throw BenchmarkFailure("the fixed-order interview did not end") }
            if groupingConcerns, isConcern(next) {
                let concerns = interview.unasked.filter { isConcern($0) && matters($0) }
                interview.answer(concerns.map { ($0.id, facts[$0.id] ?? .bool(false)) })
            } else {
                interview.answer(next.id, with: facts[next.id])
            }
        }
        return asked
    }

    static func isConcern(_ definition: FactDefinition) -> Bool { definition.type == .bool && definition.absent == .bool(false) }

    static func median(_ values: [Int]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? Double(sorted[sorted.count / 2]) : Double(sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}
