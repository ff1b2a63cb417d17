import Foundation
import Testing

/// The built binary running in a real pseudo-terminal under tmux: keys are typed, the screen is read.
final class TerminalSession {
    let socket = "safedrill-test-\(UUID().uuidString.prefix(8))"
    let name = "t"

    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    /// Starts `safedrill arguments...` in a terminal of `columns` x `rows` (100x40 unless told).
    init(_ arguments: [String], environment: [String: String] = [:], columns: Int = 100, rows: Int = 40) throws {
        var env = ["SAFEDRILL_HOME": SafeDrillProcess.projectRoot.path, "TERM": "xterm-256color", "NO_COLOR": "1"]
        for (key, value) in environment { env[key] = value }
        let exports = env.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let command = "exec env \(exports) \(Self.quote(SafeDrillProcess.executable.path)) " + arguments.map(Self.quote).joined(separator: " ")
        // The pane stays after the program exits, so its last screen can still be read.
        try tmux(["new-session", "-d", "-s", name, "-x", String(columns), "-y", String(rows), command, ";", "set-option", "-t", name, "remain-on-exit", "on"])
    }

    deinit { try? tmux(["kill-server"]) }

    /// Types text literally (no key names), then Enter unless told otherwise.
    func type(_ text: String, enter: Bool = true) throws {
        if !text.isEmpty { try tmux(["send-keys", "-t", name, "-l", text]) }
        if enter { try key("Enter") }
    }

    /// Sends a key by tmux name: `Enter`, `Tab`, `C-c`, `C-d`.
    func key(_ key: String) throws { try tmux(["send-keys", "-t", name, key]) }

    /// The whole screen plus scrollback.
    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", name, "-S", "-2000"]) }

    /// Only what is on the screen now, one string a row.
    func visibleRows() throws -> [String] {
        var rows = try tmux(["capture-pane", "-p", "-t", name]).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if rows.last == "" { rows.removeLast() }  // the newline that ends the last row
        return rows
    }

    /// Waits until the screen contains `text` (tmux trims trailing spaces from each line); records an issue with the screen if it never does.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try screen().contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        Issue.record("screen never showed '\(text)':\n\(try screen())", sourceLocation: sourceLocation)
        return false
    }

    /// The process id of the program in the pane.
    func pid() throws -> Int32 {
        Int32(try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// Runs a tmux client with posix_spawn and waitpid. Its output goes through a file, never a
    /// pipe: the server that the first command starts would inherit a pipe and hold it open. (With
    /// Foundation's Process the exited client was seen to stay unreaped, and the wait never ended.)
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: outputFile) }
        let keepsOutput = arguments.first != "new-session"
        let pid = try ChildProcess.spawn(
            "/usr/bin/tmux", ["tmux", "-L", socket] + arguments, output: .init(path: keepsOutput ? outputFile.path : "/dev/null"))
        _ = try ChildProcess.exitStatus(of: pid)
        return keepsOutput ? ((try? String(contentsOf: outputFile, encoding: .utf8)) ?? "") : ""
    }

    private static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
