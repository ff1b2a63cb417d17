import GRDB

/// A record whose dates are stored as `StoredTime` text rather than GRDB's default format.
/// Adopting it is all a record type needs: the date coding comes from here.
protocol StoredTimeRecord: FetchableRecord, EncodableRecord {}

extension StoredTimeRecord {
    public static func databaseDateEncodingStrategy(for column: String) -> DatabaseDateEncodingStrategy {
        StoredTime.encoding
    }

    public static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy {
        StoredTime.decoding
    }
}
