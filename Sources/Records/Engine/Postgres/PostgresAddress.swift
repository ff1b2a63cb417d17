import Foundation

/// Where a PostgreSQL records store is: `postgres://USER@HOST:PORT/DB?sslmode=MODE`, as libpq
/// spells a connection URI (`postgresql://` too; `host=/folder` in the query for a Unix socket).
///
/// A password in the URL is refused: a command line is seen by every user of the machine (`ps`)
/// and kept in shell history. The password comes from the password file instead (`PGPassFile`), or
/// a prompt.
public struct PostgresAddress: Sendable, Hashable, CustomStringConvertible {
    public var user: String
    public var host: String
    public var port: Int
    public var database: String
    /// A folder holding the server's socket, when connecting over a Unix socket.
    public var socketFolder: String?
    public var sslMode: SSLMode
    /// `sslrootcert`: the certificate authorities to trust for `verify-ca` and `verify-full`.
    public var rootCertificate: String?

    /// libpq's `sslmode`: whether to use TLS and how far to trust the server's certificate.
    public enum SSLMode: String, Sendable, CaseIterable {
        /// Never TLS.
        case disable
        /// TLS when the server offers it (libpq's `allow` tries plain first; both accept either).
        case allow, prefer
        /// TLS or no connection; the certificate is not checked (as libpq without a root certificate).
        case require
        /// TLS, and a certificate signed by a trusted authority.
        case verifyCA = "verify-ca"
        /// TLS, a trusted certificate, and one issued for this host name.
        case verifyFull = "verify-full"
    }

    /// Whether `text` names a PostgreSQL store rather than an SQLite file.
    public static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Reads a connection URL.
    /// - Throws: `RecordError.badDatabaseURL` saying what is wrong and how to write it.
    public init(url text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard Self.isPostgres(text), let components = URLComponents(string: text) else {
            throw RecordError.badDatabaseURL(text: Self.redacted(text), reason: "write it as postgres://USER@HOST:PORT/DATABASE")
        }
        guard components.password == nil else {
            throw RecordError.badDatabaseURL(
                text: Self.redacted(text),
                reason: "a password in the URL is seen by every user of this machine and kept in shell history: "
                    + "remove it and put it in ~/.pgpass (or the file PGPASSFILE names), or type it when asked")
        }
        let query = Dictionary(
            (components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
        let known: Set = ["sslmode", "host", "sslrootcert", "application_name", "connect_timeout"]
        if let unknown = query.keys.sorted().first(where: { !known.contains($0) }) {
            throw RecordError.badDatabaseURL(
                text: Self.redacted(text), reason: "unknown parameter \(unknown): SafeDrill reads \(known.sorted().joined(separator: ", "))")
        }
        let mode = query["sslmode"] ?? environment["PGSSLMODE"] ?? SSLMode.prefer.rawValue
        guard let sslMode = SSLMode(rawValue: mode) else {
            throw RecordError.badDatabaseURL(
                text: Self.redacted(text),
                reason: "sslmode \(mode) is not one of \(SSLMode.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let database = String(components.path.drop(while: { $0 == "/" }))
        let user = components.user ?? environment["PGUSER"] ?? environment["USER"] ?? ""
        guard !user.isEmpty else {
            throw RecordError.badDatabaseURL(text: Self.redacted(text), reason: "name the user: postgres://USER@HOST/DATABASE")
        }
        self.user = user
        self.database = database.isEmpty ? user : database
        self.port = components.port ?? Int(environment["PGPORT"] ?? "") ?? 5432
        let hostParameter = query["host"]
        if let folder = hostParameter, folder.hasPrefix("/") {
            socketFolder = folder
            host = "localhost"
        } else {
            socketFolder = nil
            host = hostParameter ?? (components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost")
        }
        self.sslMode = sslMode
        self.rootCertificate = query["sslrootcert"]
    }

    /// The socket file in `socketFolder`, named for the port as PostgreSQL names it.
    var socketPath: String? {
        socketFolder.map { "\($0)/.s.PGSQL.\(port)" }
    }

    /// The address without anything secret: safe for messages and logs.
    public var description: String {
        let place = socketFolder.map { "?host=\($0)" } ?? ""
        return "postgres://\(user)@\(host):\(port)/\(database)\(place)"
    }

    /// `text` with any password replaced, for an error message about it.
    static func redacted(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.password != nil else { return text }
        components.password = "***"
        return components.string ?? "postgres://…"
    }
}
