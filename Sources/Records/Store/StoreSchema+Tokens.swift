import GRDB

extension StoreSchema {
    /// API tokens for `safedrill serve`: who a caller is when a decision is recorded over HTTP.
    ///
    /// Only the SHA-256 of a token is kept, so a copy of the store lets no one call the service. A
    /// token belongs to a person; erasing the person removes their tokens. Outside the hash chain: a
    /// token is a key to the door, not a record of practice.
    static func createV8Tokens(_ db: Database) throws {
        try db.create(table: "api_token") { t in
            t.primaryKey("id", .text)
            t.column("person_id", .integer).notNull().indexed().references("person", onDelete: .cascade)
            t.column("token_sha256", .text).notNull().unique()
            t.column("created_at", .text).notNull()
            t.column("revoked_at", .text)
        }
    }
}
