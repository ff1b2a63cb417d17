import Foundation
import GRDB

/// An API token as the store keeps it: never the token itself, only its SHA-256.
struct APIToken: Codable, Sendable, Hashable {
    var id: String
    var personID: Int64
    var tokenSHA256: String
    var createdAt: Date
    var revokedAt: Date?

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id
        case personID = "person_id"
        case tokenSHA256 = "token_sha256"
        case createdAt = "created_at"
        case revokedAt = "revoked_at"
    }
}

extension APIToken: FetchableRecord, PersistableRecord, StoredTimeRecord {
    static let databaseTableName = "api_token"
}
