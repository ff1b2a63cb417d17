import GRDB
import GRDBSQLite

/// The current row of a stepping statement, read straight from SQLite's buffers.
///
/// Verification and listing read every row of the store; going through GRDB's typed decoding
/// cost more than the hashing. Every column reads as the text a digest hashes, whatever was stored
/// there: a value of the wrong type put in by hand (a number in a text column, say) must be
/// reported, never trap as a typed read would. A deflated result reads as the text it holds. Numbers print as Swift prints them, so a REAL
/// column reads as `String(Double)` did when it was written.
struct StoredColumns {
    let statement: Statement

    /// The column's UTF-8 bytes, or nil for NULL, passed to `body` without copying text columns.
    func withText<Result>(_ index: Int32, _ body: (UnsafeBufferPointer<UInt8>?) -> Result) -> Result {
        let raw = statement.sqliteStatement
        switch sqlite3_column_type(raw, index) {
        case SQLITE_NULL:
            return body(nil)
        case SQLITE_TEXT:
            let count = Int(sqlite3_column_bytes(raw, index))
            guard let start = sqlite3_column_text(raw, index) else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
            return body(UnsafeBufferPointer(start: start, count: count))
        default:
            if let inflated = inflated(index) { return inflated.withUnsafeBufferPointer { body($0) } }
            var text = text(index) ?? ""
            return text.withUTF8 { body($0) }
        }
    }

    /// The column as text, or nil for NULL.
    func text(_ index: Int32) -> String? {
        let raw = statement.sqliteStatement
        switch sqlite3_column_type(raw, index) {
        case SQLITE_NULL:
            return nil
        case SQLITE_INTEGER:
            return String(sqlite3_column_int64(raw, index))
        case SQLITE_FLOAT:
            return String(sqlite3_column_double(raw, index))
        case SQLITE_BLOB:
            if let inflated = inflated(index) { return String(decoding: inflated, as: UTF8.self) }
            let count = Int(sqlite3_column_bytes(raw, index))
            guard let start = sqlite3_column_blob(raw, index) else { return "blob:" }
            return "blob:" + Hex.string(UnsafeRawBufferPointer(start: start, count: count))
        default:
            return withText(index) { $0.map { String(decoding: $0, as: UTF8.self) } }
        }
    }

    /// A compressed text column's bytes (`CompressedText`, as `StoredResult` writes results), or nil
    /// when the column holds anything else: a blob put there by hand still reads as `blob:` and hex.
    private func inflated(_ index: Int32) -> [UInt8]? {
        let raw = statement.sqliteStatement
        guard sqlite3_column_type(raw, index) == SQLITE_BLOB, let start = sqlite3_column_blob(raw, index) else { return nil }
        return CompressedText.inflate(UnsafeRawBufferPointer(start: start, count: Int(sqlite3_column_bytes(raw, index))))
    }

    /// The column as an integer, or nil unless SQLite holds an integer there.
    func int64(_ index: Int32) -> Int64? {
        let raw = statement.sqliteStatement
        return sqlite3_column_type(raw, index) == SQLITE_INTEGER ? sqlite3_column_int64(raw, index) : nil
    }

    /// The column as a number, or nil unless SQLite holds a number there.
    func double(_ index: Int32) -> Double? {
        let raw = statement.sqliteStatement
        switch sqlite3_column_type(raw, index) {
        case SQLITE_INTEGER, SQLITE_FLOAT: return sqlite3_column_double(raw, index)
        default: return nil
        }
    }

    /// Runs `sql` and calls `body` with each row in turn.
    static func forEachRow(_ db: Database, sql: String, arguments: StatementArguments = [], _ body: (StoredColumns) throws -> Void) throws {
        let statement = try db.makeStatement(sql: sql)
        statement.arguments = arguments
        let rows = try Row.fetchCursor(statement)
        let columns = StoredColumns(statement: statement)
        while try rows.next() != nil { try body(columns) }
    }
}
