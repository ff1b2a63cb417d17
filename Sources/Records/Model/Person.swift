import Foundation
import GRDB

/// Someone the store holds records about or from: a trainee, or the staff who supervise and assess.
public struct Person: Codable, Sendable, Hashable, Identifiable {
    /// Assigned by the store; never reused, even after a person is erased.
    public var id: Int64?
    /// Unique in the store: the name given with `--as` or `--supervisor` finds the same person.
    public var name: String
    public var role: Role
    public var createdAt: Date

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, name, role
        case createdAt = "created_at"
    }
}

extension Person: FetchableRecord, MutablePersistableRecord, StoredTimeRecord {
    public static let databaseTableName = "person"

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
