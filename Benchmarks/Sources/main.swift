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
    InterviewLengthBenchmark.benchmark,
]

// `safedrill-bench [--smoke] [NAME ...]`, `safedrill-bench --list`.
let arguments = CommandLine.arguments.dropFirst()
if arguments.contains("--list") {
    for benchmark in benchmarks { print("\(benchmark.name): \(benchmark.summary)") }
    exit(0)
}
let mode: RunMode = arguments.contains("--smoke") ? .smoke : .full
let requested = Set(arguments.filter { $0 != "--smoke" })
let unknown = requested.subtracting(benchmarks.map(\.name))
guard unknown.isEmpty else {
    FileHandle.standardError.write(Data("error: no benchmark named \(unknown.sorted().joined(separator: ", ")): see --list\n".utf8))
    exit(2)
}
var failed = false
for benchmark in benchmarks where requested.isEmpty || requested.contains(benchmark.name) {
    if mode.isSmoke {
        // One line per benchmark, so a failing `make test` says at once which one broke.
        let name = benchmark.name.padding(toLength: 14, withPad: " ", startingAt: 0)
        let start = DispatchTime.now().uptimeNanoseconds
        do {
            try benchmark.run(mode)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            print("ok    \(name) \(String(format: "%.1f", seconds)) s")
        } catch let skip as BenchmarkSkip {
            print("skip  \(name) \(skip)")
        } catch {
            print("FAIL  \(name) \(error)")
            failed = true
        }
        continue
    }
    print("== \(benchmark.name)")
    do { try benchmark.run(mode) } catch {
        print("  failed: \(error)")
        failed = true
    }
    print()
}
exit(failed ? 1 : 0)
