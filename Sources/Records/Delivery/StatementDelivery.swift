import Foundation
import GRDB

/// A learning record store's acceptance of one xAPI statement, kept so it is never sent there again.
public struct StatementDelivery: Codable, Sendable, Hashable {
    /// The statement's id (a lowercase UUID).
    public var statementID: String
    /// The store's normalised endpoint address, such as `http://127.0.0.1:8100/xAPI/`.
    public var lrs: String
    /// When the store accepted it.
    public var deliveredAt: Date

    /// A delivery of `statementID` to `lrs` at `deliveredAt`.
    public init(statementID: String, lrs: String, deliveredAt: Date) {
        self.statementID = statementID
        self.lrs = lrs
        self.deliveredAt = deliveredAt
    }

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case lrs
        case statementID = "statement_id"
        case deliveredAt = "delivered_at"
    }
}

extension StatementDelivery: FetchableRecord, PersistableRecord, StoredTimeRecord {
    public static let databaseTableName = "lrs_delivery"
}
