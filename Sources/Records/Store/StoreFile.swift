import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The records file on disk: private to its owner from the first byte.
///
/// The file is created 0600 before SQLite opens it, because SQLite gives its `-wal` and `-shm`
/// files the main file's permissions; creating it first closes the window in which records of
/// people sit in a world-readable file.
enum StoreFile {
    static let companionSuffixes = ["-wal", "-shm"]

    /// Creates a missing parent folder 0700 and a missing file 0600, and restricts an existing
    /// file to 0600. An existing folder is left as it is: it may be a shared one such as /tmp.
    static func prepare(path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700])
            } catch {
                throw RecordError.storeUnavailable(path: path, reason: "cannot create folder \(folder)")
            }
            // The umask may have narrowed the mode; set it exactly.
            try restrict(folder, to: 0o700, store: path)
        }
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            close(descriptor)
        } else if errno != EEXIST {
            throw RecordError.storeUnavailable(path: path, reason: lastErrorText())
        }
        try restrict(path, to: 0o600, store: path)
    }

    /// Restricts the WAL and shared-memory files too, in case they were made by an older
    /// version or another tool while the main file was more open.
    static func restrictCompanions(of path: String) throws {
        for suffix in companionSuffixes where FileManager.default.fileExists(atPath: path + suffix) {
            try restrict(path + suffix, to: 0o600, store: path)
        }
    }

    private static func restrict(_ file: String, to mode: mode_t, store: String) throws {
        guard chmod(file, mode) == 0 else {
            throw RecordError.storeUnavailable(path: store, reason: "cannot restrict \(file): \(lastErrorText())")
        }
    }

    private static func lastErrorText() -> String {
        String(cString: strerror(errno)).lowercased()
    }
}
