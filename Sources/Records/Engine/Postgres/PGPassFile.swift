import Foundation

/// libpq's password file (`PGPASSFILE`, else `~/.pgpass`): lines `host:port:database:user:password`,
/// `*` matching anything, `\:` and `\\` for a literal colon and backslash, `#` starting a comment.
/// The first line that matches wins. As libpq does, a file that group or others can read is
/// ignored (with a warning), since it would hand the password to them.
public struct PGPassFile: Sendable {
    public let path: String
    let lines: [[String]]

    /// The file libpq would read, or nil when there is none.
    public static func `default`(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = environment["PGPASSFILE"], !path.isEmpty { return path }
        let home = environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
        return home + "/.pgpass"
    }

    /// Reads the file at `path`.
    /// - Throws: `RecordError.insecurePasswordFile` when group or others may read it.
    public init?(path: String) throws {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        guard status.st_mode & 0o077 == 0 else { throw RecordError.insecurePasswordFile(path: path) }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        self.path = path
        lines = text.split(whereSeparator: \.isNewline).compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = Self.fields(of: String(line))
            return fields.count == 5 ? fields : nil
        }
    }

    /// The password for `address`, if a line matches it.
    public func password(for address: PostgresAddress) -> String? {
        let wanted = [address.socketFolder == nil ? address.host : "localhost", String(address.port), address.database, address.user]
        return lines.first { line in
            zip(line, wanted).allSatisfy { $0 == "*" || $0 == $1 }
        }?[4]
    }

    private static func fields(of line: String) -> [String] {
        var fields: [String] = [], current = "", escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 4 {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
