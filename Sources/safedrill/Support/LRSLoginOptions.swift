import ArgumentParser
import Exports
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who to be at an LRS (`sync`, `records verify --lrs`): the user, and the password from a file,
/// the environment or a prompt, never from an argument.
struct LRSLoginOptions: ParsableArguments {
    /// The environment variable a script can give the password in.
    static let passwordVariable = "SAFEDRILL_LRS_PASSWORD"

    @Option(help: ArgumentHelp("The LRS user.", valueName: "user"))
    var user: String?

    @Option(help: ArgumentHelp("Read the LRS password from the first line of this file.", valueName: "file"))
    var passwordFile: String?

    // Accepted only to refuse it with a reason: a password argument leaks.
    @Option(help: .hidden)
    var password: String?

    func validate() throws {
        if password != nil {
            throw ValidationError("""
                --password is refused: a password on the command line stays in shell history and shows in \
                the process list. Put it in a file and give --password-file FILE, or set \(Self.passwordVariable)
                """)
        }
    }

    /// The credentials, asking for the password at the terminal when no file or variable gives it.
    /// - Throws: `ValidationFailure` when there is no user or no way to get the password.
    func credentials() throws -> LRSCredentials {
        guard let user else { throw ValidationFailure("--user is required: the LRS user to sign in as") }
        return try LRSCredentials(user: user, password: password(for: user))
    }

    /// `--password-file`, else the environment variable, else a prompt with echo off.
    private func password(for user: String) throws -> String {
        if let passwordFile { return try Passphrase.obtain(file: passwordFile, prompt: "", confirm: false) }
        if let value = ProcessInfo.processInfo.environment[Self.passwordVariable], !value.isEmpty { return value }
        guard isatty(STDIN_FILENO) == 1 else {
            throw ValidationFailure("no LRS password: give it with --password-file FILE or in \(Self.passwordVariable)")
        }
        return try Passphrase.obtain(file: nil, prompt: "LRS password for \(user): ", confirm: false)
    }
}
