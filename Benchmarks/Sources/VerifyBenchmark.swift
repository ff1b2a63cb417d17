import Foundation
@_spi(Benchmarks) import Records
import ThresholdEngine

/// `records verify` over 100,000 chained records as a ratio to SHA-256 over the same bytes alone
/// (goal: at most 2x), and listing 100,000 attempts next to a plain SQL count.
enum VerifyBenchmark {
    static var benchmark: Benchmark {
        Benchmark(name: "verify", summary: "records verify over 100,000 chained attempts vs SHA-256 of the store's bytes; records list on 100,000 attempts vs SELECT count(*)", run: run)
    }

        static let answersEach = 4

    static func run(_ mode: RunMode) throws {
        let records = mode.pick(100_000, smoke: 200)
        // Building the store takes minutes: SAFEDRILL_BENCH_VERIFY_STORE=FILE keeps it there and
        // reuses it on later runs (for profiling `safedrill records verify --db FILE`, say).
        let kept = mode.isSmoke ? nil : ProcessInfo.processInfo.environment["SAFEDRILL_BENCH_VERIFY_STORE"]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("safedrill-bench-\(UUID().uuidString)")
        defer { if kept == nil { try? FileManager.default.removeItem(at: folder) } }
        let path = kept ?? folder.appendingPathComponent("records.sqlite").path
        let reuse = kept.map(FileManager.default.fileExists(atPath:)) ?? false
        let bytes = Data("format: safedrill/1\nid: scam-link\ntitle: A link in a text\n".utf8)
        let store = try RecordStore(path: path)
        let build = try SideBySide.time {
            guard !reuse else { return }
            try store.bulkCompletedAttempts(
                NewAttempt(
                    personName: "Bench Trainee", scenarioID: "scam-link", scenarioSHA256: ContentHash.sha256(bytes),
                    scenarioBytes: bytes, policySHA256: String(repeating: "a", count: 64), rubricsSHA256: String(repeating: "b", count: 64),
                    mode: .assessment, at: Date(timeIntervalSince1970: 1_772_355_600)),
                count: records, answersEach: answersEach)
        }
        let first = try store.verify()
        guard first.isOK, first.entries == records else {
            throw BenchmarkFailure("the bulk store does not verify: \(first.entries) entries, \(first.problems.prefix(3))")
        }
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        mode.report(String(format: "  %@ %d chained attempts × %d answers in %.1f s: %.1f MB file + %.1f MB WAL",
                     reuse ? "reused" : "built", records, answersEach, build, Double(size) / 1e6, Double(wal) / 1e6))

        try SideBySide.compare(
            "verify, \(records) chained attempts", mode: mode, rounds: 5,
            subjectName: "records verify            ", baselineName: "SHA-256 of the file's bytes", goal: "≤ 2x",
            subject: { try store.verify().entries },
            baseline: {
                // Read from disk each time, as verify reads from the store each time.
                var sum = 0
                for file in [path, path + "-wal"] where FileManager.default.fileExists(atPath: file) {
                    sum &+= ContentHash.sha256(try Data(contentsOf: URL(fileURLWithPath: file))).utf8.count
                }
                return sum
            })

        try SideBySide.compare(
            "list, \(records) attempts", mode: mode, rounds: 5,
            subjectName: "records list (every attempt)       ", baselineName: "SELECT count(*) FROM attempt      ", goal: "for reference",
            subject: { try store.listing(RecordQuery()).count },
            baseline: { try store.attemptCountForBenchmark() })

        try SideBySide.compare(
            "list --limit 50, \(records) attempts", mode: mode, rounds: 15,
            subjectName: "records list --limit 50            ", baselineName: "SELECT count(*) FROM attempt      ", goal: "for reference",
            subject: { try store.listing(RecordQuery(limit: 50)).count },
            baseline: { try store.attemptCountForBenchmark() })

        // The whole command, start-up and printing included, when the release binary is beside this one.
        if let binary = siblingExecutable("safedrill") {
            for arguments in [["records", "list", "--db", path], ["records", "list", "--json", "--db", path], ["records", "list", "--limit", "50", "--db", path], ["records", "verify", "--db", path]] {
                let seconds = try SideBySide.time {
                    let process = Process()
                    process.executableURL = binary
                    process.arguments = arguments
                    process.standardOutput = FileHandle.nullDevice
                    try process.run()
                    process.waitUntilExit()
                }
                mode.report("  safedrill \(arguments.dropLast(2).joined(separator: " ")): \(SideBySide.format(seconds)) (one run, output to /dev/null)")
            }
        }
    }
}

