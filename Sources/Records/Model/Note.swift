import Foundation
import GRDB

/// A supervisor's note at a node during a supervision discussion. Each note joins the hash chain
/// when it is written, so a note edited or removed later shows in `verify`.
public struct Note: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64?
    public var attemptID: String
    public var nodeID: String
    public var author: String
    public var text: String
    public var createdAt: Date

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, author, text
        case attemptID = "attempt_id"
        case nodeID = "node_id"
        case createdAt = "created_at"
    }
}

extension Note: FetchableRecord, MutablePersistableRecord, StoredTimeRecord {
    public static let databaseTableName = "note"

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
