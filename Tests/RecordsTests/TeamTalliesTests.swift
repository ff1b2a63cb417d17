import Assessment
import Foundation
@testable import Records
import Testing

/// The team figures the store counts agree with the same figures worked out in Swift from the results.
@Suite struct TeamTalliesTests {
    /// Two trainees, each with the best and the poorest path through every bundled scenario, and one voided.
    private static func filledStore(_ kind: StoreKind) throws -> (RecordStore, TemporaryFolder?, counted: [AttemptResult]) {
        let (store, folder) = try kind.makeStore()
        let library = try BundledLibrary.load()
        var counted: [AttemptResult] = []
        var voidedOne = false
        let encoder = JSONEncoder()
        for (t, trainee) in ["A Trainee", "B Trainee"].enumerated() {
            for scenario in library.scenarios {
                let analysis = ScoreAnalysis.analyse(scenario, scorer: library.scorer)
                for result in [analysis.bestResult, analysis.worstResult] {
                    var new = try BundledLibrary.newAttempt(scenario, library: library, by: trainee)
                    new.mode = .assessment
                    let attempt = try store.startAttempt(new)
                    try store.finish(
                        attemptID: attempt.id, outcome: result.competent ? .competent : .notYetCompetent, percent: result.percent,
                        resultJSON: String(decoding: try encoder.encode(result), as: UTF8.self), at: Samples.time(60))
                    if t == 1 && !voidedOne {
                        voidedOne = true
                        _ = try store.void(recordID: attempt.id, reason: "played by the wrong person", author: "A Lead", at: Samples.time(120))
                    } else {
                        counted.append(result)
                    }
                }
            }
        }
        return (store, folder, counted)
    }

    @Test(arguments: StoreKind.allCases)
    func countsMatchTheResults(kind: StoreKind) throws {
        let (store, folder, counted) = try Self.filledStore(kind)
        defer { withExtendedLifetime(folder) {} }
        let tallies = try store.teamTallies(since: nil)
        #expect(tallies.voided == 1)
        #expect(tallies.trainees.reduce(0) { $0 + $1.attempts } == counted.count)
        #expect(tallies.trainees.reduce(0) { $0 + $1.competent } == counted.filter(\.competent).count)
        #expect(tallies.scenarios.reduce(0) { $0 + $1.attempts } == counted.count)

        var missed: [String: Int] = [:], overUsed: [String: Int] = [:]
        for decision in counted.flatMap(\.decisions) {
            for id in decision.escalation?.missed ?? [] { missed[id, default: 0] += 1 }
            for id in decision.escalation?.overUsed ?? [] { overUsed[id, default: 0] += 1 }
        }
        #expect(Dictionary(uniqueKeysWithValues: tallies.escalations.filter(\.missed).map { ($0.escalation, $0.times) }) == missed)
        #expect(Dictionary(uniqueKeysWithValues: tallies.escalations.filter { !$0.missed }.map { ($0.escalation, $0.times) }) == overUsed)
        var errors: [String: Int] = [:]
        for result in counted { for error in result.criticalErrors { errors[result.scenarioID + "|" + error.what, default: 0] += 1 } }
        #expect(tallies.criticalErrors.count == min(errors.count, 10))
        for tally in tallies.criticalErrors { #expect(errors[tally.scenarioID + "|" + tally.what] == tally.times) }

        let stages = Set(counted.flatMap(\.stages).filter { $0.percent != nil }.map(\.stage))
        #expect(Set(tallies.stageMeans.map(\.stage)) == stages)
        #expect(try store.teamTallies(since: Samples.time(1)).trainees.isEmpty, "every attempt started before the period")
    }

    @Test func theBenchmarkBaselineRunsTheSameSQL() throws {
        let script = try String(contentsOf: BundledLibrary.projectRoot.appendingPathComponent("Benchmarks/team-report.sql"), encoding: .utf8)
        for query in TeamQueries.all {
            #expect(script.contains(query), "Benchmarks/team-report.sql lacks:\n\(query)")
        }
    }
}
