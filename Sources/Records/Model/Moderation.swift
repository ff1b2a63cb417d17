import Foundation
import GRDB

/// An assessor's or supervisor's judgement of one rubric element of one free-text answer in an
/// assessment: the marker's mark confirmed or changed, always with a reason. A later moderation of
/// the same element supersedes the earlier one, which is kept. Each joins the hash chain when written.
///
/// It carries the attempt's effective result once it (and every earlier moderation) is applied, as
/// the scorer gives it: the attempt's own stored result stays the provisional one the chain
/// committed to when it was finished.
public struct Moderation: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64?
    public var attemptID: String
    /// The `record` node whose answer was moderated.
    public var nodeID: String
    /// The rubric element's id.
    public var elementID: String
    public var decision: Decision
    /// Whether the element is met, as moderated.
    public var met: Bool
    public var reason: String
    /// The moderator's name, as registered.
    public var moderator: String
    public var createdAt: Date
    /// The attempt's outcome with this moderation and every earlier one applied.
    public var outcome: Attempt.Outcome
    public var percent: Double
    /// The scorer's full result with this moderation and every earlier one applied.
    public var resultJSON: String

    /// What the moderator did with the mark as it stood (the marker's, or an earlier moderation's).
    public enum Decision: String, Codable, Sendable, Hashable, CaseIterable {
        case confirmed, changed
    }

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, decision, met, reason, moderator, outcome, percent
        case attemptID = "attempt_id"
        case nodeID = "node_id"
        case elementID = "element_id"
        case createdAt = "created_at"
        case resultJSON = "result_json"
    }
}

extension Moderation: FetchableRecord, MutablePersistableRecord, StoredTimeRecord {
    public static let databaseTableName = "moderation"

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
