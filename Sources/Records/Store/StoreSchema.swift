import Foundation
import GRDB

/// The tables, in migrations applied in order. A registered migration is never edited: new
/// columns, tables and indexes (the hash chain, keys, sign-offs) come in new migrations.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: createV1)
        migrator.registerMigration("v2-integrity", migrate: createV2Integrity)
        migrator.registerMigration("v3-delivery", migrate: createV3Delivery)
        migrator.registerMigration("v4-chained-notes", migrate: chainExistingNotes)
        migrator.registerMigration("v5-attempt-lease", migrate: createV5AttemptLease)
        migrator.registerMigration("v6-key-endorsements", migrate: createV6Endorsements)
        migrator.registerMigration("v7-name-replacements", migrate: addNameReplacements)
        migrator.registerMigration("v8-api-tokens", migrate: createV8Tokens)
        migrator.registerMigration("v9-moderation", migrate: createV9Moderation)
        migrator.registerMigration("v10-people", migrate: createV10People)
        migrator.registerMigration("v12-decision-drafts", migrate: createV12DecisionDrafts)
        migrator.registerMigration("v13-checkpoints", migrate: createV13Checkpoints)
        migrator.registerMigration("v14-lean-attempts", migrate: leanAttempts)
        migrator.registerMigration("v15-sites", migrate: createV15Sites)
        return migrator
    }

    /// Brings the store up to date. Two processes opening a new store at once can both see a
    /// migration as missing, and each migration commits on its own: the loser fails on a table the
    /// winner just made while the winner is still on a later migration. So the loser tries again,
    /// picking up where the winner has got to, until the store is complete or time runs out.
    static func migrate(_ writer: any DatabaseWriter, attempts: Int = 100) throws {
        let migrator = migrator
        for attempt in 1...attempts {
            if try writer.read(migrator.hasCompletedMigrations) { return }
            do {
                try migrator.migrate(writer)
                return
            } catch {
                if try writer.read(migrator.hasCompletedMigrations) { return }
                if attempt == attempts { throw error }
                usleep(100_000)
            }
        }
    }

    // Allowed values are written out here, not taken from the Swift enums, so that adding a case
    // later cannot change what "v1" means for a store created afterwards.
    private static func createV1(_ db: Database) throws {
        try db.create(table: "person") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull().unique()
            t.column("role", .text).notNull()
                .check(sql: "role IN ('trainee', 'supervisor', 'assessor', 'lead', 'manager')")
            t.column("created_at", .text).notNull()
        }
        try db.create(table: "scenario_source") { t in
            t.primaryKey("sha256", .text)
            t.column("scenario_id", .text).notNull()
            t.column("bytes", .blob).notNull()
        }
        try db.create(table: "attempt") { t in
            t.primaryKey("id", .text)
            t.column("person_id", .integer).notNull().indexed().references("person")
            t.column("scenario_id", .text).notNull().indexed()
            t.column("scenario_sha256", .text).notNull().indexed().references("scenario_source")
            t.column("policy_sha256", .text).notNull()
            t.column("rubrics_sha256", .text).notNull()
            t.column("mode", .text).notNull()
                .check(sql: "mode IN ('practice', 'assessment', 'supervision')")
            t.column("supervisor", .text)
            t.column("started_at", .text).notNull().indexed()
            t.column("updated_at", .text).notNull().indexed()
            t.column("finished_at", .text)
            t.column("status", .text).notNull().check(sql: "status IN ('in_progress', 'completed')")
            t.column("outcome", .text).check(sql: "outcome IN ('competent', 'not_yet_competent')")
            t.column("percent", .double).check(sql: "percent BETWEEN 0 AND 100")
            t.column("result_json", .text)
            // A completed attempt always says when it ended and how it went.
            t.check(sql: """
                (status = 'completed') = (finished_at IS NOT NULL AND outcome IS NOT NULL)
                """)
        }
        try db.create(table: "answer") { t in
            t.primaryKey {
                // Deleting an attempt takes its answers with it: they are parts of one record.
                t.column("attempt_id", .text).references("attempt", onDelete: .cascade)
                t.column("seq", .integer).check(sql: "seq >= 1")
            }
            t.column("node_id", .text).notNull()
            t.column("kind", .text).notNull()
                .check(sql: "kind IN ('choice', 'escalate', 'disclose', 'record', 'back')")
            t.column("input", .text).notNull()
            t.column("answered_at", .text).notNull()
        }
        try db.create(table: "note") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("attempt_id", .text).notNull().indexed().references("attempt", onDelete: .cascade)
            t.column("node_id", .text).notNull()
            t.column("author", .text).notNull()
            t.column("text", .text).notNull()
            t.column("created_at", .text).notNull()
        }
        try db.create(table: "score_override") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("attempt_id", .text).notNull().indexed().references("attempt", onDelete: .cascade)
            t.column("node_id", .text).notNull()
            t.column("percent", .double).notNull().check(sql: "percent BETWEEN 0 AND 100")
            t.column("reason", .text).notNull().check(sql: "length(trim(reason)) > 0")
            t.column("author", .text).notNull()
            t.column("created_at", .text).notNull()
        }
    }
}
