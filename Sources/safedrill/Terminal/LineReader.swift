import CReadline
import Foundation
import Synchronization

/// What the user gave at a prompt.
enum LineInput: Equatable {
    case line(String)
    /// Ctrl-C on an empty line: the caller asks whether to save and leave.
    case interrupted
    /// Ctrl-D, or piped input ran out.
    case end
    /// SIGTERM or SIGHUP arrived; everything already answered is saved.
    case terminated(Int32)
}

/// Reads the user's lines: GNU readline on a terminal (editing, completion, history), plain lines
/// when input is piped, so scripts see no echoed prompts.
///
/// Readline runs through its callback interface inside our own poll loop, so Ctrl-C, SIGTERM and
/// SIGHUP are handled here in ordinary code rather than in signal handlers.
final class LineReader {
    /// True when standard input is a terminal.
    let isInteractive: Bool
    private let historyFile: String?

    /// - Parameters:
    ///   - historyFile: where commands (never answers) are kept between sessions; created 0600.
    ///   - completions: the words to offer for tab completion, given the line before the word.
    init(historyFile: String? = nil, completions: @escaping @Sendable (String) -> [String] = { _ in [] }) {
        isInteractive = isatty(STDIN_FILENO) == 1
        self.historyFile = historyFile
        guard isInteractive else { return }
        safedrill_set_readline_name("safedrill")
        safedrill_set_catch_signals(0)
        Completion.provider.withLock { $0 = completions }
        safedrill_set_completion(completeLine)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGWINCH] { installHandler(for: signal) }
        if let historyFile, FileManager.default.fileExists(atPath: historyFile) { read_history(historyFile) }
    }

    /// The next line, without its newline, and without NUL characters: they are not text, and
    /// the store cannot keep them (a NUL once cut a stored answer short, so the replay from the
    /// store differed from what the trainee was scored on).
    /// - Parameter remember: add the line to the history (commands yes; answers, which may be personal, never).
    func read(prompt: String, remember: Bool = false) -> LineInput {
        guard isInteractive else {
            guard let line = Swift.readLine(strippingNewline: true) else { return .end }
            return .line(line.contains("\0") ? line.replacingOccurrences(of: "\0", with: "") : line)
        }
        let input = readInteractively(prompt: prompt)
        if remember, case .line(let line) = input, !line.trimmingCharacters(in: .whitespaces).isEmpty { keep(line) }
        return input
    }

    private func readInteractively(prompt: String) -> LineInput {
        Pending.result.withLock { $0 = nil }
        rl_callback_handler_install(TerminalText.safe(prompt)) { raw in
            Pending.result.withLock { $0 = raw.map { .line(String(cString: $0)) } ?? .end }
            free(raw)
            safedrill_set_done(1)
            // Removed here, inside the handler: otherwise readline draws the prompt again as soon as
            // the handler returns, and the next output overwrites it, leaving its tail on screen.
            rl_callback_handler_remove()
        }
        defer { rl_callback_handler_remove() }
        while true {
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, -1)
            switch caughtSignal.exchange(0, ordering: .relaxed) {
            case SIGINT:
                if safedrill_line_end() == 0 {
                    rl_crlf()
                    return .interrupted
                }
                safedrill_clear_line()
            case SIGTERM, SIGHUP:
                let signal = lastFatalSignal.load(ordering: .relaxed)
                rl_crlf()
                return .terminated(signal)
            case SIGWINCH:
                rl_resize_terminal()
            default:
                break
            }
            if ready > 0 {
                rl_callback_read_char()
                if let result = Pending.result.withLock({ $0 }) {
                    if case .end = result { rl_crlf() }
                    return result
                }
            }
        }
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

/// The last signal caught, read and cleared by the poll loop.
private let caughtSignal = Atomic<Int32>(0)
/// SIGTERM or SIGHUP, kept apart so a later SIGWINCH cannot hide it.
private let lastFatalSignal = Atomic<Int32>(0)

private func installHandler(for signal: Int32) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { number in
        if number == SIGTERM || number == SIGHUP { lastFatalSignal.store(number, ordering: .relaxed) }
        caughtSignal.store(number == SIGHUP ? SIGTERM : number, ordering: .relaxed)
    }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(signal, &action, nil)
    // A parent may have started us with the signal blocked; then Ctrl-C would never arrive.
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, signal)
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
}

/// The line handed over by readline's callback, which cannot capture context.
private enum Pending {
    static let result = Mutex<LineInput?>(nil)
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
