import Foundation

/// A named benchmark: runs its measurements in the given mode and prints them.
struct Benchmark {
    let name: String
    let summary: String
    let run: (RunMode) throws -> Void
}

/// How far a benchmark goes: the full measurement, or a smoke test (`--smoke`) at tiny sizes and one
/// round that checks it still runs and that its subject and baseline still agree, so that a change
/// which breaks a benchmark fails `make test` instead of surfacing months later.
struct RunMode: Sendable {
    /// Measure at the sizes the goals are stated for.
    static let full = RunMode(isSmoke: false)
    /// Tiny sizes, one round, nothing printed but the verdict.
    static let smoke = RunMode(isSmoke: true)

    let isSmoke: Bool

    /// `full` rounds when measuring; one in a smoke test.
    func rounds(_ full: Int) -> Int { isSmoke ? 1 : full }

    /// The full-mode value, or the smoke-mode one.
    func pick<Value>(_ full: Value, smoke: Value) -> Value { isSmoke ? smoke : full }

    /// Prints a line of measurements; a smoke test keeps quiet so that each benchmark is one line.
    func report(_ line: String = "") {
        if !isSmoke { print(line) }
    }

    /// Checks that an external program the baseline needs is installed. A smoke test skips the
    /// benchmark without it (a machine without the tool can still run `make test`); a measurement fails.
    func requireTool(_ path: String, package: String) throws {
        guard !FileManager.default.isExecutableFile(atPath: path) else { return }
        let reason = "the baseline needs \(path): install the \(package) package"
        throw isSmoke ? BenchmarkSkip(reason) as any Error : BenchmarkFailure(reason)
    }
}

/// Measures two pieces of work side by side, alternating them round by round so that machine noise
/// falls on both alike, and reports the median time of each and their ratio.
enum SideBySide {
    struct Report {
        let subject: Double
        let baseline: Double
        var ratio: Double { subject / baseline }
    }

    /// - Parameters:
    ///   - mode: a smoke test runs one round and prints nothing.
    ///   - rounds: how many alternations when measuring; the median of each side is reported.
    ///   - subject: the work under test; returns a value folded into a sink so the optimiser keeps it.
    ///   - baseline: the work it is compared with.
    @discardableResult
    static func compare(_ title: String, mode: RunMode, rounds: Int = 15, subjectName: String, baselineName: String, goal: String,
                        subject: () throws -> Int, baseline: () throws -> Int) rethrows -> Report {
        let rounds = mode.rounds(rounds)
        var subjectTimes: [Double] = []
        var baselineTimes: [Double] = []
        var sink = 0
        for round in 0..<rounds {
            // Alternate which side goes first, so warm caches favour neither.
            if round % 2 == 0 {
                subjectTimes.append(try time { sink &+= try subject() })
                baselineTimes.append(try time { sink &+= try baseline() })
            } else {
                baselineTimes.append(try time { sink &+= try baseline() })
                subjectTimes.append(try time { sink &+= try subject() })
            }
        }
        let report = Report(subject: median(subjectTimes), baseline: median(baselineTimes))
        mode.report("\(title)")
        mode.report("  \(subjectName): \(format(report.subject))  (median of \(rounds))")
        mode.report("  \(baselineName): \(format(report.baseline))")
        mode.report("  ratio: \(String(format: "%.2f", report.ratio))x   goal: \(goal)   [sink \(sink & 1)]")
        return report
    }

    static func time(_ work: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }

    static func format(_ seconds: Double) -> String {
        seconds >= 1 ? String(format: "%.3f s", seconds) : seconds >= 1e-3 ? String(format: "%.3f ms", seconds * 1e3) : String(format: "%.1f µs", seconds * 1e6)
    }
}

/// The project folder (holds Scenarios/ and Scoring/), found from this file's place in the tree.
let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// An executable built beside this one (`.build/release/` when measuring, `.build/debug/` in a
/// debug smoke test), if it is there.
func siblingExecutable(_ name: String) -> URL? {
    let folder = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).deletingLastPathComponent()
    let binary = folder.appendingPathComponent(name)
    return FileManager.default.isExecutableFile(atPath: binary.path) ? binary : nil
}

/// A benchmark that could not run, or whose subject and baseline disagree, with the reason.
struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A benchmark that a smoke test leaves out, with the reason (a tool the baseline needs is missing).
struct BenchmarkSkip: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
