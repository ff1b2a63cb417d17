import Foundation
import GRDB

/// Someone the store holds records about or from: a trainee, or the staff who supervise and assess.
public struct Person: Codable, Sendable, Hashable, Identifiable {
    /// Assigned by the store; never reused, even after a person is erased.
    public var id: Int64?
    /// Unique in the store: the name given with `--as` or `--supervisor` finds the same person.
    public var name: String
    public var role: Role
    /// The employer's staff number, when given: unique in the store, and a name a lookup finds them by.
    public var staffNumber: String?
    public var createdAt: Date

    public init(id: Int64? = nil, name: String, role: Role, staffNumber: String? = nil, createdAt: Date) {
        self.id = id
        self.name = name
        self.role = role
        self.staffNumber = staffNumber
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, name, role
        case staffNumber = "staff_number"
        case createdAt = "created_at"
    }
}

extension Person: FetchableRecord, MutablePersistableRecord, StoredTimeRecord {
    public static let databaseTableName = "person"

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
