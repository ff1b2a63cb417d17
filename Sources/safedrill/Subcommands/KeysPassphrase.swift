import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A passphrase from `--passphrase-file`, or typed at the terminal with echo off. Never an argument.
enum Passphrase {
    /// The first line of `file`, else a prompt on the terminal (twice when `confirm`). A file that
    /// others can read is still used, with a warning on standard error.
    static func obtain(file: String?, prompt: String, confirm: Bool) throws -> String {
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ValidationFailure("cannot read passphrase file \(file): check the path")
            }
            if let warning = SecretFile.warning(for: file) { printToStandardError(warning + "\n") }
            let text = String(decoding: data, as: UTF8.self)
            let line = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let passphrase = line.hasSuffix("\r") ? String(line.dropLast()) : line
            guard !passphrase.isEmpty else { throw ValidationFailure("passphrase file \(file) is empty") }
            return passphrase
        }
        guard isatty(STDIN_FILENO) == 1 else {
            throw ValidationFailure("no terminal to ask for the passphrase: give it with --passphrase-file FILE")
        }
        let first = try typed(prompt)
        guard !first.isEmpty else { throw ValidationFailure("the passphrase must not be empty") }
        if confirm, try typed("Again: ") != first { throw ValidationFailure("the two passphrases differ: try again") }
        return first
    }

    /// One line from the terminal with echo turned off, restored however the read ends.
    private static func typed(_ prompt: String) throws -> String {
        printToStandardError(prompt)
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { throw ValidationFailure("cannot turn terminal echo off") }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true) ?? ""
    }
}
