import Assessment
import Foundation
@_spi(Benchmarks) import Records
import Reports
import ThresholdEngine

/// The team report over 100,000 attempts as a ratio to the same aggregate SQL
/// (`Benchmarks/team-report.sql`) run by the `sqlite3` command line on the same file (goal: at most 1.5x).
enum ReportBenchmark {
    static var benchmark: Benchmark {
        Benchmark(name: "report", summary: "team report over 100,000 attempts vs the same aggregate SQL run by the sqlite3 command line", run: run)
    }

        static let answersEach = 8

    static func run(_ mode: RunMode) throws {
        let sqlite3 = URL(fileURLWithPath: "/usr/bin/sqlite3")
        try mode.requireTool(sqlite3.path, package: "sqlite3")
        let attempts = mode.pick(100_000, smoke: 84), trainees = mode.pick(50, smoke: 3)
        let script = projectRoot.appendingPathComponent("Benchmarks/team-report.sql")
        let library = try TrainingLibrary.load(
            scenariosFolder: projectRoot.appendingPathComponent("Scenarios").path,
            policyPath: projectRoot.appendingPathComponent("Scoring/thresholds.yaml").path)
        // SAFEDRILL_BENCH_REPORT_FOLDER keeps the built store there (for `dbstat` and profiling).
        let kept = mode.isSmoke ? nil : ProcessInfo.processInfo.environment["SAFEDRILL_BENCH_REPORT_FOLDER"]
        let folder = kept.map { URL(fileURLWithPath: $0) } ?? FileManager.default.temporaryDirectory.appendingPathComponent("safedrill-bench-\(UUID().uuidString)")
        defer { if kept == nil { try? FileManager.default.removeItem(at: folder) } }
        let path = folder.appendingPathComponent("records.sqlite").path
        let store = try RecordStore(path: path)

        // Real results from the scorer: the best and the poorest path through every scenario, so
        // the stored JSON has the size and shape of the real thing (stages, decisions, critical errors).
        let build = try SideBySide.time {
            let encoder = JSONEncoder()
            let perGroup = attempts / (trainees * library.scenarios.count)
            var remainder = attempts - perGroup * trainees * library.scenarios.count
            for (s, scenario) in library.scenarios.enumerated() {
                let analysis = ScoreAnalysis.analyse(scenario, scorer: library.scorer)
                let results = try [analysis.bestResult, analysis.worstResult].map { result in
                    (outcome: result.competent ? Attempt.Outcome.competent : .notYetCompetent, percent: result.percent,
                     json: String(decoding: try encoder.encode(result), as: UTF8.self))
                }
                let bytes = try Data(contentsOf: projectRoot.appendingPathComponent("Scenarios/\(scenario.id).yaml"))
                for t in 0..<trainees {
                    let count = perGroup + (remainder > 0 ? 1 : 0)
                    remainder = max(remainder - 1, 0)
                    // A year of attempts, and trainees who miss the poorest path's points at different rates.
                    let start = Date(timeIntervalSince1970: 1_772_355_600 + Double((s * trainees + t) % 365) * 86_400)
                    try store.bulkCompletedAttempts(
                        NewAttempt(
                            personName: "Trainee \(t + 1)", scenarioID: scenario.id, scenarioSHA256: ContentHash.sha256(bytes),
                            scenarioBytes: bytes, policySHA256: library.policy.sha256, rubricsSHA256: library.rubricsSHA256,
                            mode: .assessment, at: start),
                        count: count, answersEach: answersEach,
                        result: { index in results[(index + t).isMultiple(of: 2 + t % 5) ? 1 : 0] })
                }
            }
        }
        let scope = ReportScope(since: nil, madeAt: Date())
        let first = try TeamReport.load(from: store, scope: scope)
        guard first.attempts == attempts, first.trainees.count == trainees else {
            throw BenchmarkFailure("the store holds \(first.attempts) attempts by \(first.trainees.count) trainees, not \(attempts) by \(trainees)")
        }
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        mode.report(String(format: "  built %d attempts (%d trainees × %d scenarios, real scorer results) in %.1f s: %.1f MB file + %.1f MB WAL",
                     attempts, trainees, library.scenarios.count, build, Double(size) / 1e6, Double(wal) / 1e6))

        func runProcess(_ executable: URL, _ arguments: [String], input: URL? = nil) throws -> Int {
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            if let input { process.standardInput = try FileHandle(forReadingFrom: input) }
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw BenchmarkFailure("\(executable.lastPathComponent) exited \(process.terminationStatus)") }
            return Int(process.terminationStatus)
        }
        let baseline = { try runProcess(sqlite3, ["-bail", path], input: script) }

        try SideBySide.compare(
            "team report, \(attempts) attempts", mode: mode, rounds: 3,
            subjectName: "TeamReport.load + HTML (library)    ", baselineName: "sqlite3 CLI, team-report.sql (process)", goal: "≤ 1.5x",
            subject: { TeamReportPage(report: try TeamReport.load(from: store, scope: scope)).render().utf8.count },
            baseline: baseline)

        // The whole command, start-up and writing the file included, when the release binary is beside this one.
        if let binary = siblingExecutable("safedrill") {
            let output = folder.appendingPathComponent("team.html").path
            try SideBySide.compare(
                "safedrill report --html, \(attempts) attempts", mode: mode, rounds: 5,
                subjectName: "safedrill report --html (process)      ", baselineName: "sqlite3 CLI, team-report.sql (process)", goal: "≤ 1.5x",
                subject: { try runProcess(binary, ["report", "--html", output, "--db", path]) },
                baseline: baseline)
        }
    }
}
