import Foundation
import GRDB

/// A supervisor's judgement replacing the rubric's score for one answer, always with a reason.
public struct RecordedOverride: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64?
    public var attemptID: String
    public var nodeID: String
    /// 0 to 100.
    public var percent: Double
    public var reason: String
    public var author: String
    public var createdAt: Date

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, percent, reason, author
        case attemptID = "attempt_id"
        case nodeID = "node_id"
        case createdAt = "created_at"
    }
}

extension RecordedOverride: FetchableRecord, MutablePersistableRecord, StoredTimeRecord {
    public static let databaseTableName = "score_override"

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
