import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file of personal data taken out of the store (a report, an export): readable by its owner
/// only from its first byte. An existing file is narrowed to 0600 before it is overwritten, so a
/// world-readable file left at that path never holds the new contents.
public enum PrivateFile {
    /// Writes `data` to `path`, replacing any file there.
    /// - Throws: `RecordError.cannotWrite` naming the path and the reason.
    public static func write(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure(path) }
        defer { close(descriptor) }
        guard fchmod(descriptor, 0o600) == 0 else { throw failure(path) }
        do {
            try FileHandle(fileDescriptor: descriptor, closeOnDealloc: false).write(contentsOf: data)
        } catch {
            throw RecordError.cannotWrite(path: path, reason: error.localizedDescription)
        }
    }

    private static func failure(_ path: String) -> RecordError {
        RecordError.cannotWrite(path: path, reason: String(cString: strerror(errno)).lowercased())
    }
}
