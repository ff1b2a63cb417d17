import Foundation
import GRDB

/// A care home, or any place with its own staff: every person and attempt belongs to one.
///
/// A store opened for a site (`--site NAME`) registers new people and starts attempts there. A
/// person keeps the site they were registered at; an attempt belongs to the site it was played at.
public struct Site: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64?
    /// Unique in the store, as given.
    public var name: String
    public var createdAt: Date

    /// The site of every record made before sites existed, and of a store opened without one.
    public static let defaultName = "main"

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, name
        case createdAt = "created_at"
    }
}

extension Site: FetchableRecord, MutablePersistableRecord, StoredTimeRecord {
    public static let databaseTableName = "site"

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
