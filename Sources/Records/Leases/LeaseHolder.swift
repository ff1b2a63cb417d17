import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A process that may hold an attempt's lease: its id and the host it runs on.
public struct LeaseHolder: Sendable, Hashable {
    public var pid: Int32
    public var host: String

    public init(pid: Int32, host: String) {
        self.pid = pid
        self.host = host
    }

    /// This process.
    public static var current: LeaseHolder {
        LeaseHolder(pid: getpid(), host: hostName)
    }

    /// The kernel's host name, without a DNS lookup (which can hang on a machine offline).
    static let hostName: String = {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }()

    /// True when a process with this id runs on this host (signal 0 only checks; EPERM means it
    /// runs as someone else). A killed process its parent has not reaped yet (a zombie, state `Z`
    /// in /proc) answers signal 0 but will never answer again: it does not hold a lease.
    static func isRunning(_ pid: Int32) -> Bool {
        guard pid > 0, kill(pid, 0) == 0 || errno == EPERM else { return false }
        return !isZombie(pid)
    }

    /// `/proc/PID/stat` reads `pid (name) state ...`; the state follows the last `)`.
    private static func isZombie(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first == "Z"
    }
}
