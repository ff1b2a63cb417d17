/// One row a query returned: its columns by name, in the order the query gave them.
public struct SQLRow: Sendable {
    public let columns: [String]
    public let values: [SQLValue]

    public init(columns: [String], values: [SQLValue]) {
        self.columns = columns
        self.values = values
    }

    /// The value of the first column called `column`, or `.null` when there is none.
    public subscript(_ column: String) -> SQLValue {
        columns.firstIndex(of: column).map { values[$0] } ?? .null
    }

    /// The value at `index`, or `.null` past the end.
    public subscript(_ index: Int) -> SQLValue {
        values.indices.contains(index) ? values[index] : .null
    }

    /// The value of `column` as `T`.
    /// - Throws: `SQLError.unexpectedValue` when it is not one (a hand edit of the store, say).
    public func get<T: SQLValueConvertible>(_ column: String, as type: T.Type = T.self) throws -> T {
        let value = self[column]
        guard let converted = T(sqlValue: value) else {
            throw SQLError.unexpectedValue(column: column, value: value, expected: "\(T.self)")
        }
        return converted
    }

    /// The value at `index` as `T`.
    public func get<T: SQLValueConvertible>(_ index: Int, as type: T.Type = T.self) throws -> T {
        let value = self[index]
        guard let converted = T(sqlValue: value) else {
            throw SQLError.unexpectedValue(
                column: columns.indices.contains(index) ? columns[index] : "#\(index)", value: value, expected: "\(T.self)")
        }
        return converted
    }
}

/// A failure below the records' own rules: what the engine said, or a value of the wrong type.
public enum SQLError: Error, Sendable, CustomStringConvertible {
    /// A column held a value that is not of the type the store writes there.
    case unexpectedValue(column: String, value: SQLValue, expected: String)
    /// A statement failed on PostgreSQL: the server's message and SQLSTATE, and the statement.
    case server(message: String, sqlState: String?, sql: String)
    /// A unique or primary key already holds the value.
    case uniqueViolation(message: String, sql: String)
    /// The connection to the server was lost or could not be made.
    case connectionLost(reason: String)

    public var description: String {
        switch self {
        case .unexpectedValue(let column, let value, let expected):
            "column \(column) holds \(value), where the store writes \(expected)"
        case .server(let message, let sqlState, let sql):
            "PostgreSQL: \(message)\(sqlState.map { " (SQLSTATE \($0))" } ?? ""): \(sql)"
        case .uniqueViolation(let message, _):
            "PostgreSQL: \(message)"
        case .connectionLost(let reason):
            "lost the connection to the records server: \(reason)"
        }
    }
}
