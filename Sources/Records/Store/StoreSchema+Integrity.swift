import GRDB

extension StoreSchema {
    /// Keys, sign-offs, decisions, voids, disposals and the hash chain over them.
    ///
    /// Personal data (names, comments, reasons) is kept in these rows but the chain only commits to
    /// salted hashes of it, so a person can be erased without breaking the chain for everyone else.
    static func createV2Integrity(_ db: Database) throws {
        // One random salt per person: deleting it makes every hash of their data unlinkable.
        try db.create(table: "person_salt") { t in
            t.primaryKey("person_id", .integer).references("person", onDelete: .cascade)
            t.column("salt", .blob).notNull()
        }
        try db.create(table: "signing_key") { t in
            t.primaryKey("fingerprint", .text)
            t.column("person_id", .integer).indexed().references("person", onDelete: .setNull)
            t.column("owner_sha256", .text).notNull()
            t.column("public_key", .blob).notNull()
            t.column("created_at", .text).notNull()
        }
        try db.create(table: "decision") { t in
            t.primaryKey("id", .text)
            t.column("person_id", .integer).indexed().references("person", onDelete: .setNull)
            t.column("recorder_sha256", .text).notNull()
            t.column("salt", .blob).notNull()
            t.column("decided_at", .text).notNull().indexed()
            t.column("policy_sha256", .text).notNull()
            t.column("facts_json", .text).notNull()
            t.column("report_json", .text).notNull()
        }
        try db.create(table: "signoff") { t in
            t.primaryKey("id", .text)
            t.column("trainee_id", .integer).indexed().references("person", onDelete: .setNull)
            t.column("trainee_sha256", .text).notNull()
            t.column("supervisor_id", .integer).indexed().references("person", onDelete: .setNull)
            t.column("supervisor_sha256", .text).notNull()
            t.column("key_fingerprint", .text).notNull()
            t.column("pack_id", .text).notNull().indexed()
            t.column("evidence_json", .text).notNull()
            t.column("method", .text).notNull()
            t.column("comments", .text).notNull()
            t.column("salt", .blob).notNull()
            t.column("signed_at", .text).notNull().indexed()
            t.column("refresh_due", .text).notNull()
            t.column("signature", .blob).notNull()
        }
        try db.create(table: "void") { t in
            t.primaryKey("id", .text)
            t.column("target_id", .text).notNull().indexed()
            t.column("target_kind", .text).notNull()
            t.column("reason", .text).notNull().check(sql: "length(trim(reason)) > 0")
            t.column("author", .text)
            t.column("salt", .blob).notNull()
            t.column("created_at", .text).notNull()
        }
        try db.create(table: "disposal") { t in
            t.primaryKey("id", .text)
            t.column("kind", .text).notNull().check(sql: "kind IN ('erasure', 'purge')")
            t.column("reason", .text).notNull()
            t.column("record_ids_json", .text).notNull()
            t.column("created_at", .text).notNull()
        }
        try db.create(table: "chain_entry") { t in
            t.primaryKey("seq", .integer)
            t.column("kind", .text).notNull()
            t.column("record_id", .text).notNull()
            t.column("content_sha256", .text).notNull()
            t.column("prev_sha256", .text).notNull()
            t.column("entry_sha256", .text).notNull()
            t.uniqueKey(["kind", "record_id"])
        }
    }
}
