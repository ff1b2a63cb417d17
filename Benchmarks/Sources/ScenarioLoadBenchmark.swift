import Foundation
import ScenarioKit
import ThresholdEngine
import Yams

/// Loading and validating the whole scenario library, side by side with a bare Yams parse of the same
/// files (goal: at most 1.5x), then validation alone on generated scenarios of growing size, to show
/// that its cost grows linearly with the number of nodes.
enum ScenarioLoadBenchmark {
    static var benchmark: Benchmark {
        Benchmark(name: "scenario-load", summary: "load + validate Scenarios/ vs Yams.compose; validation on 10^3..10^5 nodes", run: run)
    }

    static func run(_ mode: RunMode) throws {
        let policy = try Policy.load(path: projectRoot.appendingPathComponent("Scoring/thresholds.yaml").path)
        let context = ValidationContext(policy: policy, rubrics: ["timeline", "disclosure", "account"])
        let folder = projectRoot.appendingPathComponent("Scenarios")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        // Both sides start from the bytes in memory, so disk caching favours neither.
        let files = try names.map { (path: folder.appendingPathComponent($0).path, data: try Data(contentsOf: folder.appendingPathComponent($0))) }
        let loader = ScenarioLoader(schema: context.schema)
        let validator = ScenarioValidator(context)
        let bytes = files.reduce(0) { $0 + $1.data.count }
        mode.report("  library: \(files.count) files, \(bytes / 1024) KiB")
        try SideBySide.compare(
            "load + validate the library", mode: mode, rounds: 31, subjectName: "ScenarioLoader + ScenarioValidator", baselineName: "Yams.compose", goal: "≤ 1.5x",
            subject: {
                var found = 0
                for file in files { found += validator.check(loader.load(data: file.data, path: file.path)).diagnostics.items.count + 1 }
                return found
            },
            baseline: {
                var found = 0
                for file in files { found += try Yams.compose(yaml: String(decoding: file.data, as: UTF8.self)) == nil ? 0 : 1 }
                return found
            })
        let texts = files.map { (path: $0.path, text: String(decoding: $0.data, as: UTF8.self)) }
        let loaded = files.map { loader.load(data: $0.data, path: $0.path) }
        let parts: [(String, () -> Void)] = [
            ("YAMLDocument (compose + line index)", { for file in texts { _ = try? YAMLDocument(text: file.text, path: file.path) } }),
            ("ScenarioLoader (all of loading)", { for file in files { _ = loader.load(data: file.data, path: file.path) } }),
            ("ScenarioValidator (validation only)", { for file in loaded { _ = validator.validate(file) } }),
        ]
        for (name, work) in parts {
            mode.report("    of which \(name): \(SideBySide.format(SideBySide.median((0..<mode.rounds(15)).map { _ in SideBySide.time(work) })))")
        }
        mode.report("  generated scenarios (load + validate; a chain of choice nodes with a loop back every tenth node):")
        var previous: Double?
        // 10^5 nodes make a 30 MiB file, which the loader refuses (SD007: scenarios are at most 4 MiB),
        // so the largest size is 10^4 (3 MiB); each size must load with no error, or it times a refusal.
        for size in mode.pick([1_000, 3_000, 10_000], smoke: [100, 1_000]) {
            let text = GeneratedScenario.text(nodes: size)
            let checked = validator.check(loader.load(text: text, path: "generated.yaml"))
            if let error = checked.diagnostics.errors.first {
                throw BenchmarkFailure("the generated scenario of \(size) nodes does not load: \(error)")
            }
            let seconds = SideBySide.median((0..<mode.rounds(3)).map { _ in
                SideBySide.time { _ = validator.check(loader.load(text: text, path: "generated.yaml")) }
            })
            let compose = try SideBySide.time { _ = try Yams.compose(yaml: text) }
            let growth = previous.map { String(format: "  (x%.1f for the size before)", seconds / $0) } ?? ""
            mode.report("    \(size) nodes: \(SideBySide.format(seconds)), \(String(format: "%.2f", seconds / Double(size) * 1e6)) µs per node\(growth); Yams.compose alone \(SideBySide.format(compose)): \(String(format: "%.2f", seconds / compose))x")
            previous = seconds
        }
    }
}

/// A valid scenario of any size, written as an author would write it.
enum GeneratedScenario {
    static func text(nodes: Int) -> String {
        var lines = [
            "format: safedrill/1", "id: generated", "title: Generated", "version: 1", "summary: Generated for timing.",
            "setting: homecare", "audience: [care-worker]", "source: benchmark", "facts:", "  care_and_support_needs: true",
            "start: n0", "nodes:",
        ]
        let stages = WorkflowStage.allCases.map(\.rawValue)
        for index in 0..<(nodes - 1) {
            let next = index + 1 < nodes - 1 ? "n\(index + 1)" : "end"
            let back = index % 10 == 9 ? "n\(index - 5)" : "end"
            lines += [
                "  n\(index):",
                "    stage: \(stages[index * stages.count / nodes])",
                "    text: Step \(index) of the incident.",
                "    choices:",
                "      - {id: on, text: Carry on., points: 2, feedback: The right next step., goto: \(next)}",
                "      - {id: other, text: Something else., points: 0, feedback: Not yet., goto: \(back), when: \"not chose(n\(index), on) and known(imminent_harm)\"}",
            ]
        }
        lines += ["  end:", "    ending: good", "    text: Done.", "    debrief: Well done."]
        return lines.joined(separator: "\n") + "\n"
    }
}
