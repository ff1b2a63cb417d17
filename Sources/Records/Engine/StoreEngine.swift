import GRDB

/// Which engine keeps a store's records.
enum StoreEngine: Sendable {
    /// An SQLite file (or memory, in tests), through GRDB.
    case sqlite(any DatabaseWriter)
    /// A PostgreSQL database, through one connection.
    case postgres(PostgresLink)
}

extension RecordStore {
    /// Runs `body` in one write transaction on whichever engine keeps the records, and commits it.
    func write<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        switch engine {
        case .sqlite(let writer): try writer.write { try body($0) }
        case .postgres(let link): try link.transaction { try body($0) }
        }
    }

    /// Runs `body` on a consistent view of the records.
    func read<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        switch engine {
        case .sqlite(let writer): try writer.read { try body($0) }
        case .postgres(let link): try link.transaction(readOnly: true) { try body($0) }
        }
    }

    /// The SQLite store, for the parts of the records not yet written for both engines.
    /// - Throws: `RecordError.notOnPostgres` on PostgreSQL, naming `what`.
    func sqliteWriter(for what: String = #function) throws -> any DatabaseWriter {
        switch engine {
        case .sqlite(let writer): return writer
        case .postgres: throw RecordError.notOnPostgres(Self.feature(what))
        }
    }

    /// The SQLite store's writer, for code written for SQLite only.
    var writer: any DatabaseWriter {
        get throws { try sqliteWriter(for: "this part of the records") }
    }

    /// Which engine keeps the records, for messages.
    public var engineName: String {
        switch engine {
        case .sqlite: "SQLite"
        case .postgres: "PostgreSQL"
        }
    }

    private static func feature(_ function: String) -> String {
        String(function.prefix(while: { $0 != "(" }))
    }
}
