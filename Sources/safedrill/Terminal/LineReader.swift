import CReadline
import Foundation
import Synchronization

/// Reads the user's lines: GNU readline on a terminal (editing, completion, history), plain lines
/// when input is piped, so scripts see no echoed prompts.
final class LineReader {
    /// True when standard input is a terminal.
    let isInteractive: Bool
    private let historyFile: String?

    /// - Parameters:
    ///   - historyFile: where commands (never answers) are kept between sessions; created 0600.
    ///   - completions: the words to offer for tab completion, given the line so far.
    init(historyFile: String? = nil, completions: @escaping @Sendable (String) -> [String] = { _ in [] }) {
        isInteractive = isatty(STDIN_FILENO) == 1
        self.historyFile = historyFile
        guard isInteractive else { return }
        safedrill_set_readline_name("safedrill")
        Completion.provider.withLock { $0 = completions }
        safedrill_set_completion(completeLine)
        if let historyFile, FileManager.default.fileExists(atPath: historyFile) { read_history(historyFile) }
    }

    /// The next line without its newline, or nil at end of input (Ctrl-D, or the pipe ran out).
    /// - Parameter remember: add the line to the history (commands yes; answers, which may be personal, never).
    func readLine(prompt: String, remember: Bool = false) -> String? {
        guard isInteractive else {
            return Swift.readLine(strippingNewline: true)
        }
        guard let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        let line = String(cString: raw)
        if remember, !line.trimmingCharacters(in: .whitespaces).isEmpty { keep(line) }
        return line
    }

    private func keep(_ line: String) {
        add_history(line)
        guard let historyFile else { return }
        let folder = (historyFile as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        if !FileManager.default.fileExists(atPath: historyFile) {
            _ = FileManager.default.createFile(atPath: historyFile, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        append_history(1, historyFile)
        history_truncate_file(historyFile, 1000)
    }
}

/// Readline calls completion through a C function pointer, which cannot capture context: the
/// candidates come from this shared provider.
private enum Completion {
    static let provider = Mutex<@Sendable (String) -> [String]>({ _ in [] })
    static let matches = Mutex<[String]>([])
}

private func completeLine(_ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    safedrill_set_completion_over(1)
    let line = String(cString: safedrill_line_buffer())
    let prefix = String(line.utf8.prefix(Int(start))) ?? ""
    let word = text.map { String(cString: $0) } ?? ""
    let candidates = Completion.provider.withLock { $0 }(prefix).filter { $0.hasPrefix(word) }
    Completion.matches.withLock { $0 = candidates }
    guard let text else { return nil }
    return rl_completion_matches(text, nextMatch)
}

private func nextMatch(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    let candidates = Completion.matches.withLock { $0 }
    let index = Int(state)
    guard index < candidates.count else { return nil }
    return strdup(candidates[index])
}
