import Foundation

// Each benchmark lives in its own file; list it here.
let benchmarks: [Benchmark] = [
    ThresholdBenchmark.benchmark,
    ScenarioLoadBenchmark.benchmark,
    FirstPromptBenchmark.benchmark,
    AnalysisBenchmark.benchmark,
    VerifyBenchmark.benchmark,
    ReportBenchmark.benchmark,
    HTTPBenchmark.benchmark,
]

let requested = Set(CommandLine.arguments.dropFirst())
if requested.contains("--list") {
    for benchmark in benchmarks { print("\(benchmark.name): \(benchmark.summary)") }
    exit(0)
}
var failed = false
for benchmark in benchmarks where requested.isEmpty || requested.contains(benchmark.name) {
    print("== \(benchmark.name)")
    do { try benchmark.run() } catch {
        print("  failed: \(error)")
        failed = true
    }
    print()
}
exit(failed ? 1 : 0)
