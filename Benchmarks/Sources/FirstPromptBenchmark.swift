import Foundation

/// Time from starting `safedrill play` until the first scenario node is on screen, against a
/// minimal Swift program that links Foundation and prints one line (Benchmarks/Baselines/FirstPrompt.swift).
enum FirstPromptBenchmark {
    static var benchmark: Benchmark { Benchmark(name: "first-prompt", summary: "time to the first prompt vs a minimal Foundation program", run: run) }

    static func run(_ mode: RunMode) throws {
        // Both are products of the package, built beside this executable by `swift build`.
        guard let safedrill = siblingExecutable("safedrill")?.path, let baseline = siblingExecutable("first-prompt-baseline")?.path else {
            throw BenchmarkFailure("safedrill or first-prompt-baseline is not built beside safedrill-bench: run `swift build` (or Benchmarks/run)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("safedrill-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("records.sqlite").path
        try SideBySide.compare(
            "time to first prompt (scam-link, piped, new attempt each round)", mode: mode, rounds: 21,
            subjectName: "safedrill play", baselineName: "minimal Foundation program", goal: "≤ 1.5x",
            subject: { try timeToMarker([safedrill, "play", "scam-link", "--as", "Bench", "--db", db], marker: "[stage 1 of 6") },
            baseline: { try timeToMarker([baseline], marker: "ready") })
    }

    /// Starts the program and waits until `marker` appears on its standard output, then stops it.
    static func timeToMarker(_ command: [String], marker: String) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        var environment = ProcessInfo.processInfo.environment
        environment["SAFEDRILL_HOME"] = projectRoot.path
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var seen = Data()
        let wanted = Data(marker.utf8)
        while seen.range(of: wanted) == nil {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { throw BenchmarkFailure("\(command[0]) ended before printing '\(marker)'") }
            seen.append(chunk)
        }
        try input.fileHandleForWriting.close()
        process.terminate()
        process.waitUntilExit()
        return seen.count
    }
}

