import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An export file on disk: personal data, so readable by its owner only (0600) from the first byte.
public enum ExportFile {
    /// Writes `data` to `path`, creating the file 0600 or truncating an existing one and
    /// restricting it to 0600 before anything is written.
    public static func write(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure(path) }
        defer { close(descriptor) }
        guard fchmod(descriptor, 0o600) == 0 else { throw failure(path) }
        do {
            try FileHandle(fileDescriptor: descriptor, closeOnDealloc: false).write(contentsOf: data)
        } catch {
            throw ExportError.cannotWrite(path: path, reason: error.localizedDescription)
        }
    }

    private static func failure(_ path: String) -> ExportError {
        ExportError.cannotWrite(path: path, reason: String(cString: strerror(errno)).lowercased())
    }
}
