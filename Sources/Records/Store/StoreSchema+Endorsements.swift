import GRDB

extension StoreSchema {
    /// Who may sign: the provider's registration key (public half only) and the endorsements that
    /// vouch for each signing key. Both join the hash chain when written.
    ///
    /// Keys registered before this migration have no endorsement: they stay in the store as
    /// "legacy, unendorsed" keys that `verify` names and `signoff` refuses until someone with the
    /// registration key or a manager's endorsed key runs `safedrill keys endorse`.
    static func createV6Endorsements(_ db: Database) throws {
        try db.create(table: "registration_key") { t in
            t.primaryKey("fingerprint", .text)
            t.column("public_key", .blob).notNull()
            t.column("created_at", .text).notNull()
        }
        try db.create(table: "key_endorsement") { t in
            t.primaryKey("id", .text)
            t.column("key_fingerprint", .text).notNull().indexed()
            t.column("public_key", .blob).notNull()
            t.column("owner_sha256", .text).notNull()
            t.column("role", .text).notNull().check(sql: "role IN ('supervisor', 'assessor', 'lead', 'manager')")
            t.column("endorser_fingerprint", .text).notNull()
            t.column("endorsed_at", .text).notNull()
            t.column("signature", .blob).notNull()
        }
    }
}
