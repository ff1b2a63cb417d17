import Foundation
import GRDB

/// One thing a trainee gave at one node, committed the moment it was given.
public struct RecordedAnswer: Codable, Sendable, Hashable {
    public var attemptID: String
    /// 1, 2, 3… within the attempt, with no gaps: the order the answers were given.
    public var seq: Int
    public var nodeID: String
    public var kind: Kind
    /// Exactly what the trainer passed in (its canonical form of the trainee's input).
    public var input: String
    public var answeredAt: Date

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case seq, kind, input
        case attemptID = "attempt_id"
        case nodeID = "node_id"
        case answeredAt = "answered_at"
    }
}

extension RecordedAnswer: FetchableRecord, PersistableRecord, StoredTimeRecord {
    public static let databaseTableName = "answer"
}
