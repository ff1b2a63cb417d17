import Foundation

/// Decisions per second over HTTP with 64 connections (wrk, on loopback) against a bare
/// Hummingbird route echoing the same body, alternating round by round; p99 latency of both.
enum HTTPBenchmark {
    static var benchmark: Benchmark { Benchmark(name: "http", summary: "POST /v1/decisions vs a bare Hummingbird echo route, wrk -c64", run: run) }

    static let facts = #"{"imminent_harm": true, "care_and_support_needs": true, "aware_at": "2026-03-14T02:10:00Z", "abuse_types": ["financial"], "distress": "significant", "alleged_perpetrator": "online_contact"}"#

    struct Run {
        var requestsPerSecond: Double
        var p99: String
        var errors: Bool
    }

    static func run(_ mode: RunMode) throws {
        let wrk = "/usr/bin/wrk"
        try mode.requireTool(wrk, package: "wrk")
        guard let safedrill = siblingExecutable("safedrill"), let echoBaseline = siblingExecutable("safedrill-echo-baseline") else {
            throw BenchmarkFailure("safedrill or safedrill-echo-baseline is not built beside safedrill-bench: run `swift build` (or Benchmarks/run)")
        }
        let seconds = mode.pick("4s", smoke: "1s")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("safedrill-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("post.lua")
        let body = facts.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
        try "wrk.method = 'POST'\nwrk.body = '\(body)'\nwrk.headers['Content-Type'] = 'application/json'\n".write(to: script, atomically: true, encoding: .utf8)
        let serve = try Server(safedrill.path,
                               ["serve", "--port", "0", "--db", folder.appendingPathComponent("r.sqlite").path], in: folder)
        defer { serve.stop() }
        let echo = try Server(echoBaseline.path, ["0"], in: folder)
        defer { echo.stop() }
        var decisions: [Run] = [], echoes: [Run] = []
        for round in 0..<mode.pick(6, smoke: 1) {
            let pair = { () throws -> Void in
                decisions.append(try load(wrk, seconds: seconds, script: script.path, url: serve.base + "/v1/decisions"))
                echoes.append(try load(wrk, seconds: seconds, script: script.path, url: echo.base + "/echo"))
            }
            if round % 2 == 0 { try pair() } else {
                echoes.append(try load(wrk, seconds: seconds, script: script.path, url: echo.base + "/echo"))
                decisions.append(try load(wrk, seconds: seconds, script: script.path, url: serve.base + "/v1/decisions"))
            }
        }
        let subject = SideBySide.median(decisions.map(\.requestsPerSecond)), baseline = SideBySide.median(echoes.map(\.requestsPerSecond))
        if mode.isSmoke {
            guard !decisions.contains(where: \.errors), subject > 0 else { throw BenchmarkFailure("wrk reported errors or no decisions") }
            return
        }
        print("decisions per second over HTTP (wrk -t2 -c64 -d4s, loopback, median of \(decisions.count) rounds)")
        print("  POST /v1/decisions: \(String(format: "%.0f", subject)) req/s   p99 \(decisions.map(\.p99).joined(separator: " "))")
        print("  bare Hummingbird echo: \(String(format: "%.0f", baseline)) req/s   p99 \(echoes.map(\.p99).joined(separator: " "))")
        print("  ratio: \(String(format: "%.2f", subject / baseline))x   goal: ≥ 0.5x")
        if decisions.contains(where: \.errors) || echoes.contains(where: \.errors) { print("  warning: wrk reported errors or non-2xx responses") }
    }

    static func load(_ wrk: String, seconds: String, script: String, url: String) throws -> Run {
        let output = try capture(wrk, ["-t2", "-c64", "-d\(seconds)", "--latency", "-s", script, url])
        func value(after label: String) -> String? {
            output.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(label) }
                .map { $0.trimmingCharacters(in: .whitespaces).dropFirst(label.count).trimmingCharacters(in: .whitespaces) }
        }
        guard let rate = value(after: "Requests/sec:").flatMap(Double.init) else { throw BenchmarkFailure("wrk said:\n\(output)") }
        return Run(requestsPerSecond: rate, p99: value(after: "99%") ?? "?", errors: output.contains("Non-2xx") || output.contains("Socket errors"))
    }

    static func capture(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// A server process that prints `listening on http://…` once ready; its log goes to a file.
    final class Server {
        let process = Process()
        let base: String

        init(_ executable: String, _ arguments: [String], in folder: URL) throws {
            guard FileManager.default.isExecutableFile(atPath: executable) else { throw BenchmarkFailure("\(executable) is missing: run Benchmarks/run") }
            let log = folder.appendingPathComponent(URL(fileURLWithPath: executable).lastPathComponent + ".log")
            FileManager.default.createFile(atPath: log.path, contents: nil)
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            var environment = ProcessInfo.processInfo.environment
            environment["SAFEDRILL_HOME"] = projectRoot.path
            process.environment = environment
            process.standardOutput = try FileHandle(forWritingTo: log)
            process.standardError = FileHandle.nullDevice
            try process.run()
            let deadline = Date().addingTimeInterval(30)
            while Date() < deadline {
                let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
                if let range = text.range(of: "listening on http://"), text[range.upperBound...].contains("\n") {
                    base = "http://" + text[range.upperBound...].prefix { $0 != "\n" }
                    return
                }
                Thread.sleep(forTimeInterval: 0.05)
            }
            process.terminate()
            throw BenchmarkFailure("\(executable) did not start")
        }

        func stop() {
            process.terminate()
            process.waitUntilExit()
        }
    }
}
