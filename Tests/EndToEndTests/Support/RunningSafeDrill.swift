import Foundation

/// A `safedrill` process left running with its standard input open, for tests that need a second
/// command to run while the first is still in the middle of an attempt.
final class RunningSafeDrill {
    let process: Process
    private let stdin = Pipe()
    private let stdout = Pipe()
    private let stderr = Pipe()

    /// Starts `safedrill arguments...` and gives it `input`, keeping its standard input open.
    init(_ arguments: [String], input: String) throws {
        process = SafeDrillProcess.process(arguments)
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        send(input)
    }

    var pid: Int32 { process.processIdentifier }

    func send(_ text: String) {
        stdin.fileHandleForWriting.write(Data(text.utf8))
    }

    /// Sends `input`, closes standard input and waits for the end.
    func finish(_ input: String = "") -> RunResult {
        send(input)
        try? stdin.fileHandleForWriting.close()
        // An attempt's output is tens of kilobytes at most: it fits in the pipes until read here.
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return RunResult(stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self), status: process.terminationStatus)
    }

    /// Kills it with SIGKILL, as a crash or a closed laptop would, and waits for it to be gone.
    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Waits until `condition` holds, for up to `seconds`; false if it never did.
    static func wait(seconds: Double = 20, until condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }
}
