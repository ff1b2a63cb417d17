import Foundation
import Testing

/// What one run of the built `safedrill` binary printed and how it exited.
struct RunResult {
    var stdout: String
    var stderr: String
    var status: Int32
}

/// Runs the built binary as a user or a script would: arguments, piped standard input, environment.
enum SafeDrillProcess {
    /// The project folder: holds Scenarios/ and Scoring/.
    static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `safedrill` executable built beside this test bundle.
    static var executable: URL {
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ].compactMap { $0 }
        for folder in candidates {
            let binary = folder.appendingPathComponent("safedrill")
            if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
        }
        return projectRoot.appendingPathComponent(".build/debug/safedrill")
    }

    /// A fresh private folder for one test's records, history and outputs.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("safedrill-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The executable `name` built beside `safedrill` (another product of the package, such as `safedrill-bench`).
    static func sibling(_ name: String) -> URL {
        executable.deletingLastPathComponent().appendingPathComponent(name)
    }

    /// Runs `safedrill arguments...` (or another built `program`) in the project folder with `input` on standard input.
    static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:], in folder: URL? = nil, program: URL? = nil) throws -> RunResult {
        let process = process(arguments, environment: environment, in: folder, program: program)
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Read both pipes while the process runs so a large output cannot block it.
        let outData = Mutexed(Data()), errData = Mutexed(Data())
        let group = DispatchGroup()
        for (handle, sink) in [(stdout.fileHandleForReading, outData), (stderr.fileHandleForReading, errData)] {
            group.enter()
            DispatchQueue.global().async {
                sink.set(handle.readDataToEndOfFile())
                group.leave()
            }
        }
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        group.wait()
        return RunResult(
            stdout: String(decoding: outData.get(), as: UTF8.self),
            stderr: String(decoding: errData.get(), as: UTF8.self),
            status: process.terminationStatus)
    }
}

extension SafeDrillProcess {
    /// `safedrill arguments...` (or `program`), set up as `run` runs it (project folder, no colour), not started.
    static func process(_ arguments: [String], environment: [String: String] = [:], in folder: URL? = nil, program: URL? = nil) -> Process {
        let process = Process()
        process.executableURL = program ?? executable
        process.arguments = arguments
        process.currentDirectoryURL = folder ?? projectRoot
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["SAFEDRILL_HOME"] = projectRoot.path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        return process
    }
}

/// A value shared between the reading threads and the test.
final class Mutexed<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func get() -> Value { lock.withLock { value } }
    func set(_ newValue: Value) { lock.withLock { value = newValue } }
}
