import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

/// One connection to a PostgreSQL records store, used synchronously as the store's methods are,
/// every statement inside a transaction the link opens and commits.
///
/// A connection lost before `COMMIT` was sent loses only that transaction, which the server rolls
/// back: the link says it is reconnecting (`onReconnect`), connects again and runs the transaction
/// again from the start, for up to `reconnectWindow`. Every earlier transaction was committed, so an
/// answer given before the loss is never lost. A loss while `COMMIT` is on the wire cannot be retried
/// blindly (the server may have committed): it is reported as `SQLError.connectionLost`, and the
/// caller reads the store again.
public final class PostgresLink: @unchecked Sendable {
    public let address: PostgresAddress
    private let password: String?
    private let lock = NSLock()
    private var connection: PostgresConnection?
    private let logger = Logger(label: "safedrill.records.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
    /// Told "reconnecting" with the reason when a connection is lost, so a REPL can say so.
    public var onReconnect: (@Sendable (String) -> Void)?
    /// How long to keep trying to reconnect before giving up on a transaction.
    public var reconnectWindow: TimeInterval = 30

    /// Connects to `address` with `password` (nil for servers that need none).
    /// - Throws: `RecordError.serverUnavailable` saying why.
    public init(address: PostgresAddress, password: String?) throws {
        self.address = address
        self.password = password
        connection = try connect()
    }

    deinit {
        try? connection?.close().wait()
    }

    /// Runs `body` in one transaction and commits it. `readOnly` transactions write nothing.
    func transaction<T>(readOnly: Bool = false, _ body: (PostgresTransaction) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        let deadline = Date().addingTimeInterval(reconnectWindow)
        var pause: TimeInterval = 0.1
        while true {
            var committing = false
            do {
                let live = try connection ?? connect()
                connection = live
                let transaction = PostgresTransaction(connection: live, logger: logger)
                try transaction.execute(readOnly ? "BEGIN READ ONLY" : "BEGIN", [])
                do {
                    let result = try body(transaction)
                    committing = true
                    try transaction.execute("COMMIT", [])
                    return result
                } catch {
                    if !committing, !Self.isConnectionLoss(error) { try? transaction.execute("ROLLBACK", []) }
                    throw error
                }
            } catch where Self.isConnectionLoss(error) && !committing && Date() < deadline {
                connection = nil
                onReconnect?("the connection to \(address) was lost (\(Self.reason(error))): reconnecting")
                Thread.sleep(forTimeInterval: pause)
                pause = min(pause * 2, 2)
            } catch where Self.isConnectionLoss(error) {
                connection = nil
                throw SQLError.connectionLost(
                    reason: committing
                        ? "it went while a change was being committed, so it may or may not have been saved"
                        : Self.reason(error))
            }
        }
    }

    /// Closes the connection; the next transaction opens a new one.
    public func close() {
        lock.lock()
        defer { lock.unlock() }
        try? connection?.close().wait()
        connection = nil
    }

    private func connect() throws -> PostgresConnection {
        do {
            let tls = try Self.tls(for: address)
            var configuration: PostgresConnection.Configuration
            if let socket = address.socketPath {
                configuration = .init(unixSocketPath: socket, username: address.user, password: password, database: address.database)
            } else {
                configuration = .init(
                    host: address.host, port: address.port, username: address.user, password: password,
                    database: address.database, tls: tls)
            }
            configuration.options.connectTimeout = .seconds(10)
            return try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration, id: 1, logger: logger
            ).wait()
        } catch {
            throw RecordError.serverUnavailable(address: address.description, reason: Self.reason(error))
        }
    }

    private static func tls(for address: PostgresAddress) throws -> PostgresConnection.Configuration.TLS {
        var configuration = TLSConfiguration.makeClientConfiguration()
        switch address.sslMode {
        case .disable:
            return .disable
        case .allow, .prefer, .require:
            configuration.certificateVerification = .none
        case .verifyCA:
            configuration.certificateVerification = .noHostnameVerification
        case .verifyFull:
            configuration.certificateVerification = .fullVerification
        }
        if let root = address.rootCertificate { configuration.trustRoots = .file(root) }
        let context = try NIOSSLContext(configuration: configuration)
        return address.sslMode == .allow || address.sslMode == .prefer ? .prefer(context) : .require(context)
    }

    static func isConnectionLoss(_ error: any Error) -> Bool {
        if let error = error as? PSQLError {
            return [.serverClosedConnection, .clientClosedConnection, .connectionError, .uncleanShutdown].contains(error.code)
        }
        if case RecordError.serverUnavailable = error { return true }
        return error is ChannelError || error is IOError
    }

    /// What went wrong, in the server's words when it gave any; never the password.
    static func reason(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            if let underlying = error.underlying { return String(describing: underlying) }
            return String(describing: error.code)
        }
        if case RecordError.serverUnavailable(_, let reason) = error { return reason }
        return String(describing: error)
    }
}

/// The statements of one transaction on a `PostgresLink`'s connection.
struct PostgresTransaction: SQLConnection {
    let connection: PostgresConnection
    let logger: Logger
    var dialect: SQLDialect { .postgres }

    func execute(_ sql: String, _ arguments: [SQLValue]) throws {
        _ = try run(sql, arguments)
    }

    func rows(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow] {
        let result = try run(sql, arguments)
        return try result.rows.map { row in
            var columns: [String] = [], values: [SQLValue] = []
            for cell in row {
                columns.append(cell.columnName)
                values.append(try Self.value(of: cell))
            }
            return SQLRow(columns: columns, values: values)
        }
    }

    /// One key for the whole chain: `pg_advisory_xact_lock` holds it until the transaction ends,
    /// so appends from every home take the head one after another.
    func lockChainHead() throws {
        try execute("SELECT pg_advisory_xact_lock(\(Self.chainLockKey))", [])
    }

    /// "SafeDril" in ASCII: a key no other application is likely to take.
    static let chainLockKey: Int64 = 0x5361_6665_4472_696C

    private func run(_ sql: String, _ arguments: [SQLValue]) throws -> PostgresQueryResult {
        var binds = PostgresBindings(capacity: arguments.count)
        for argument in arguments {
            switch argument {
            case .null: binds.appendNull()
            case .integer(let value): binds.append(value)
            case .real(let value): binds.append(value)
            case .text(let value): binds.append(value)
            case .blob(let value): binds.append(ByteBuffer(bytes: value))
            }
        }
        let query = PostgresQuery(unsafeSQL: arguments.isEmpty ? sql : Placeholders.numbered(sql), binds: binds)
        do {
            return try connection.query(query, logger: logger).wait()
        } catch let error as PSQLError where error.code == .server {
            let state = error.serverInfo?[.sqlState]
            let message = error.serverInfo?[.message] ?? "the server refused the statement"
            if state == "23505" { throw SQLError.uniqueViolation(message: message, sql: sql) }
            throw SQLError.server(message: message, sqlState: state, sql: sql)
        }
    }

    private static func value(of cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8, .oid: return .integer(try cell.decode(Int64.self))
        case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
        case .float4, .float8: return .real(try cell.decode(Double.self))
        case .numeric:
            let number = try cell.decode(Decimal.self)
            let integral = NSDecimalNumber(decimal: number)
            return number == Decimal(integral.int64Value) ? .integer(integral.int64Value) : .real(integral.doubleValue)
        case .bytea: return .blob(try cell.decode(Data.self))
        default: return .text(try cell.decode(String.self))
        }
    }
}
