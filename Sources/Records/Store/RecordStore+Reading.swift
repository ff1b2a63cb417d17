import GRDB

extension RecordStore {
    /// Runs `body` on one read-only snapshot of the store, for reports that aggregate across
    /// tables in SQL (`GROUP BY`, `json_each` over results) rather than decoding every record.
    /// A write committed meanwhile by another process is not seen halfway.
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.read(body)
    }
}
