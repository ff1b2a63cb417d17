import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file of personal data taken out of the store (a report, an export): readable by its owner
/// only from its first byte, and never half written.
///
/// The data goes to a new temporary file in the same folder (created 0600, `O_EXCL | O_NOFOLLOW`),
/// is flushed to disk, and is then renamed over `path`: a reader, or a run killed part way, sees
/// the old file or the whole new one, never part of it. A symbolic link at `path` is refused, not
/// followed: otherwise `--out` could be aimed at any file the user can write.
public enum PrivateFile {
    /// Writes `data` to `path`, replacing any regular file there.
    /// - Throws: `RecordError.cannotWrite` naming the path and the reason.
    public static func write(_ data: Data, to path: String) throws {
        try refuseAnythingButAFile(at: path)
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure(path) }
        var renamed = false
        defer { if !renamed { unlink(temporary) } }
        do {
            defer { close(descriptor) }
            guard fchmod(descriptor, 0o600) == 0 else { throw failure(path) }
            do {
                try FileHandle(fileDescriptor: descriptor, closeOnDealloc: false).write(contentsOf: data)
            } catch {
                throw RecordError.cannotWrite(path: path, reason: error.localizedDescription)
            }
            guard fsync(descriptor) == 0 else { throw failure(path) }
        }
        guard rename(temporary, path) == 0 else { throw failure(path) }
        renamed = true
        // The rename itself is durable once the folder is flushed too.
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Nothing, or a regular file, may be at `path`; a symbolic link (`O_NOFOLLOW` fails with
    /// `ELOOP`), a folder or a device is refused.
    private static func refuseAnythingButAFile(at path: String) throws {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        if descriptor < 0 {
            switch errno {
            case ENOENT: return
            case ELOOP: throw RecordError.cannotWrite(path: path, reason: "it is a symbolic link, which is not followed: give the real path")
            default: throw failure(path)
            }
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure(path) }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            throw RecordError.cannotWrite(path: path, reason: "it is not a regular file")
        }
    }

    private static func failure(_ path: String) -> RecordError {
        RecordError.cannotWrite(path: path, reason: String(cString: strerror(errno)).lowercased())
    }
}
