import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file holding a passphrase or password (`keys --passphrase-file`, `sync --password-file`):
/// only its owner should be able to read it.
enum SecretFile {
    /// A warning when the group or others may read or write the file at `path`, saying how to
    /// fix it; nil when only its owner can, or when it cannot be examined.
    static func warning(for path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        let mode = status.st_mode & 0o777
        guard mode & 0o077 != 0 else { return nil }
        let who = mode & 0o007 != 0 ? "anyone on this computer" : "its group"
        return "warning: \(path) holds a secret but \(who) can read or change it (mode \(String(format: "%04o", mode))): run 'chmod 600 \(path)'"
    }
}
