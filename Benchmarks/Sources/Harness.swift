import Foundation

/// A named benchmark: runs its measurements and prints them.
struct Benchmark {
    let name: String
    let summary: String
    let run: () throws -> Void
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
    ///   - rounds: how many alternations; the median of each side is reported.
    ///   - subject: the work under test; returns a value folded into a sink so the optimiser keeps it.
    ///   - baseline: the work it is compared with.
    @discardableResult
    static func compare(_ title: String, rounds: Int = 15, subjectName: String, baselineName: String, goal: String,
                        subject: () throws -> Int, baseline: () throws -> Int) rethrows -> Report {
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
        print("\(title)")
        print("  \(subjectName): \(format(report.subject))  (median of \(rounds))")
        print("  \(baselineName): \(format(report.baseline))")
        print("  ratio: \(String(format: "%.2f", report.ratio))x   goal: \(goal)   [sink \(sink & 1)]")
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

/// A benchmark that could not run, with the reason.
struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
