import Foundation

/// The dialect a statement is written for, where the two engines spell a thing differently.
public enum SQLDialect: Sendable {
    case sqlite, postgres
}

/// Where the store's statements run: an SQLite connection (GRDB's `Database`) or a PostgreSQL one
/// (`PostgresLink`), always inside a transaction the store opened.
///
/// Statements use `?` placeholders on both engines and the SQL both engines speak (`RETURNING`,
/// `ON CONFLICT`, `CASE`); where they differ, `dialect` says which to write. Values are `SQLValue`s,
/// so a column reads back as the same Swift value whichever engine kept it.
protocol SQLConnection {
    var dialect: SQLDialect { get }
    /// Runs one statement that returns no rows.
    func execute(_ sql: String, _ arguments: [SQLValue]) throws
    /// Runs one statement and returns every row it gives.
    func rows(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow]
    /// Serialises appends to the hash chain: held until the transaction ends.
    func lockChainHead() throws
}

extension SQLConnection {
    func execute(_ sql: String, _ arguments: SQLValueConvertible?...) throws {
        try execute(sql, arguments.map { $0?.sqlValue ?? .null })
    }

    /// The first row, if any.
    func row(_ sql: String, _ arguments: [SQLValue] = []) throws -> SQLRow? {
        try rows(sql, arguments).first
    }

    /// The first column of every row, as `T`.
    func values<T: SQLValueConvertible>(_ type: T.Type, _ sql: String, _ arguments: [SQLValue] = []) throws -> [T] {
        try rows(sql, arguments).map { try $0.get(0, as: T.self) }
    }

    /// The first column of the first row as `T`, or nil when there is no row or it is NULL.
    func value<T: SQLValueConvertible>(_ type: T.Type, _ sql: String, _ arguments: [SQLValue] = []) throws -> T? {
        guard let row = try rows(sql, arguments).first else { return nil }
        return try row.get(0, as: T?.self)
    }

    /// Every row decoded as `T`, its coding keys naming the columns.
    func fetchAll<T: Decodable>(_ type: T.Type, _ sql: String, _ arguments: [SQLValue] = []) throws -> [T] {
        try rows(sql, arguments).map { try T(from: RowDecoder(row: $0)) }
    }

    /// The first row decoded as `T`, or nil when there is none.
    func fetchOne<T: Decodable>(_ type: T.Type, _ sql: String, _ arguments: [SQLValue] = []) throws -> T? {
        try rows(sql, arguments).first.map { try T(from: RowDecoder(row: $0)) }
    }

    /// Inserts `record` as one row of `table`, a column for each of its coding keys.
    func insert<T: Encodable>(_ record: T, into table: String) throws {
        let encoder = RowEncoder()
        try record.encode(to: encoder)
        guard !encoder.notARecord else {
            throw EncodingError.invalidValue(record, .init(codingPath: [], debugDescription: "\(T.self) is not a row of columns"))
        }
        let columns = encoder.columns
        let names = columns.map { "\"\($0.name)\"" }.joined(separator: ", ")
        let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        try execute("INSERT INTO \"\(table)\" (\(names)) VALUES (\(marks))", columns.map(\.value))
    }
}

/// The one place `?` placeholders become PostgreSQL's `$1, $2…`: outside quoted text and names.
enum Placeholders {
    static func numbered(_ sql: String) -> String {
        var result = ""
        result.reserveCapacity(sql.utf8.count + 16)
        var number = 0
        var quote: Character?
        for character in sql {
            if let open = quote {
                if character == open { quote = nil }
                result.append(character)
            } else if character == "'" || character == "\"" {
                quote = character
                result.append(character)
            } else if character == "?" {
                number += 1
                result += "$\(number)"
            } else {
                result.append(character)
            }
        }
        return result
    }
}
