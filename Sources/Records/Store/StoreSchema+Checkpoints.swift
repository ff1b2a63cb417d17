import GRDB

extension StoreSchema {
    /// Signed checkpoints of the chain (`records checkpoint`), the chain head each new sign-off
    /// signs, and credentials from other providers recorded by `credential import`.
    ///
    /// Sign-offs made before this migration have no `chain_head` and are signed as before; every
    /// later one signs the head it was appended after.
    static func createV13Checkpoints(_ db: Database) throws {
        try db.create(table: "checkpoint") { t in
            t.primaryKey("id", .text)
            t.column("length", .integer).notNull().check(sql: "length >= 0")
            t.column("head", .text).notNull()
            t.column("registration_fingerprint", .text)
            t.column("key_fingerprint", .text).notNull()
            t.column("signed_at", .text).notNull()
            t.column("signature", .blob).notNull()
        }
        try db.alter(table: "signoff") { t in
            t.add(column: "chain_head", .text)
        }
        try db.create(table: "imported_credential") { t in
            t.primaryKey("id", .text)
            t.column("person_id", .integer).notNull().indexed().references("person", onDelete: .cascade)
            t.column("person_sha256", .text).notNull()
            t.column("credential", .text).notNull()
            t.column("pack_id", .text).notNull()
            t.column("awarded_by", .text).notNull()
            t.column("signer_did", .text).notNull()
            t.column("valid_from", .text).notNull()
            t.column("valid_until", .text).notNull()
            t.column("imported_at", .text).notNull()
        }
    }
}
