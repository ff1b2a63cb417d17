import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a report where only its owner can read it: the file is 0600 from its first byte, and an
/// existing file is narrowed to 0600 before it is overwritten.
public enum ReportFile {
    /// Writes `html` to `path`, replacing any file there.
    /// - Throws: `ReportError.cannotWrite` naming the path and the reason.
    public static func write(_ html: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw ReportError.cannotWrite(path: path, reason: lastError()) }
        defer { close(descriptor) }
        guard fchmod(descriptor, 0o600) == 0 else { throw ReportError.cannotWrite(path: path, reason: lastError()) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
        do {
            try handle.write(contentsOf: Data(html.utf8))
        } catch {
            throw ReportError.cannotWrite(path: path, reason: error.localizedDescription)
        }
    }

    private static func lastError() -> String { String(cString: strerror(errno)).lowercased() }
}
