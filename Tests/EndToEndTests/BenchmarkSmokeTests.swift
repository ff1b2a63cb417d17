import Foundation
import Testing

/// Every benchmark in smoke mode (tiny sizes, one round, subject and baseline checked to agree), so a
/// change that breaks a benchmark, or lets the hand-written thresholds drift from the policy, fails here.
@Suite("safedrill-bench --smoke")
struct BenchmarkSmokeTests {
    @Test(.timeLimit(.minutes(10)))
    func everyBenchmarkRunsAndAgreesWithItsBaseline() throws {
        let bench = SafeDrillProcess.sibling("safedrill-bench")
        try #require(FileManager.default.isExecutableFile(atPath: bench.path), "\(bench.path) is not built: run `swift build` first (`make test` does)")
        let result = try SafeDrillProcess.run(["--smoke"], program: bench)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        // One line per benchmark, each a verdict.
        let benchmarks = try SafeDrillProcess.run(["--list"], program: bench).stdout.split(separator: "\n")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == benchmarks.count, "\(result.stdout)")
        #expect(lines.allSatisfy { $0.hasPrefix("ok ") || $0.hasPrefix("skip ") }, "\(result.stdout)")
        #expect(lines.contains { $0.hasPrefix("ok    thresholds") }, "\(result.stdout)")
        #expect(lines.contains { $0.hasPrefix("ok    interview") }, "\(result.stdout)")
    }
}
