import Foundation
import GRDB

extension RecordStore {
    /// Erases a person on request: their attempts (with answers, notes, overrides and moderations), sign-offs
    /// about them, voids of those, credentials they brought, their salt and their name. Decisions they recorded, keys they
    /// held and sign-offs they made are kept, no longer linked to them. Their name in other
    /// people's records (as supervisor, note, override or void author, or moderator) is replaced by their
    /// pseudonym; free text that mentions them is reported. Logged and chained, replacements
    /// included, so `verify` still passes for everyone else.
    /// - Throws: `RecordError.unknownPerson` when the name is neither a person nor in any name column.
    @discardableResult
    public func erase(personName: String, at: Date) throws -> Erasure {
        let name = try requiredText(personName, field: "a person's name")
        let at = StoredTime.normalised(at)
        return try writer.write { db in
            let person = try Self.existingPerson(named: name, in: db)
            let personID = person?.id
            // A name typed only as a supervisor has no salt: a random one makes a pseudonym that links to nothing.
            let salt = try personID.map { try PersonSalt.salt(for: $0, in: db) } ?? PersonSalt.randomSalt()
            let search = NameSearch(name: name, personID: personID, pseudonym: Self.pseudonym(salt: salt), db: db)
            var removed: [String] = []
            if let personID {
                let attempts = try String.fetchAll(db, sql: "SELECT id FROM attempt WHERE person_id = ?", arguments: [personID])
                let signOffs = try String.fetchAll(db, sql: "SELECT id FROM signoff WHERE trainee_id = ?", arguments: [personID])
                removed = try Self.remove(attempts: attempts, signOffs: signOffs, decisions: [], in: db)
                // Credentials from other providers the person brought: removed with them.
                let imported = try String.fetchAll(db, sql: "SELECT id FROM imported_credential WHERE person_id = ?", arguments: [personID])
                try db.execute(sql: "DELETE FROM imported_credential WHERE person_id = ?", arguments: [personID])
                removed = (removed + imported).sorted()
            }
            let (replacements, replaced) = try search.replaceNames()
            guard personID != nil || !replacements.isEmpty else { throw RecordError.unknownPerson(name) }
            let links = try search.links()
            if let personID {
                try db.execute(sql: "DELETE FROM person_salt WHERE person_id = ?", arguments: [personID])
                try db.execute(sql: "DELETE FROM person WHERE id = ?", arguments: [personID])
            }
            let disposal = try Self.logDisposal(
                .erasure, reason: "erasure on request", records: removed, replacements: replacements, at: at, in: db)
            return Erasure(disposal: disposal, pseudonym: search.pseudonym, places: replaced + links + (try search.mentions()))
        }
    }

    /// Removes every attempt last touched, decision made and sign-off signed before `cutoff`,
    /// with voids of them; logged and chained. People are kept.
    @discardableResult
    public func purge(before cutoff: Date, reason: String, at: Date) throws -> Disposal {
        let at = StoredTime.normalised(at)
        let cutoffText = StoredTime.text(cutoff)
        return try writer.write { db in
            let attempts = try String.fetchAll(db, sql: "SELECT id FROM attempt WHERE updated_at < ?", arguments: [cutoffText])
            let signOffs = try String.fetchAll(db, sql: "SELECT id FROM signoff WHERE signed_at < ?", arguments: [cutoffText])
            let decisions = try String.fetchAll(db, sql: "SELECT id FROM decision WHERE decided_at < ?", arguments: [cutoffText])
            let removed = try Self.remove(attempts: attempts, signOffs: signOffs, decisions: decisions, in: db)
            return try Self.logDisposal(.purge, reason: reason, records: removed, replacements: [], at: at, in: db)
        }
    }

    /// The disposal log, oldest first.
    public func disposals() throws -> [Disposal] {
        try writer.read { db in try Disposal.order(Disposal.CodingKeys.createdAt).fetchAll(db) }
    }

    private static func remove(attempts: [String], signOffs: [String], decisions: [String], in db: Database) throws -> [String] {
        let targets = attempts + signOffs + decisions
        var voids: [String] = [], parts: [String] = []
        for target in targets {
            voids += try String.fetchAll(db, sql: "SELECT id FROM void WHERE target_id = ?", arguments: [target])
            try db.execute(sql: "DELETE FROM void WHERE target_id = ?", arguments: [target])
        }
        for id in attempts {
            parts += try Int64.fetchAll(db, sql: "SELECT id FROM note WHERE attempt_id = ?", arguments: [id]).map(NoteDigest.chainID)
            parts += try Int64.fetchAll(db, sql: "SELECT id FROM moderation WHERE attempt_id = ?", arguments: [id]).map(ModerationDigest.chainID)
            for table in ["answer", "note", "score_override", "moderation"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE attempt_id = ?", arguments: [id])
            }
            try db.execute(sql: "DELETE FROM attempt WHERE id = ?", arguments: [id])
        }
        for id in signOffs { try db.execute(sql: "DELETE FROM signoff WHERE id = ?", arguments: [id]) }
        for id in decisions { try db.execute(sql: "DELETE FROM decision WHERE id = ?", arguments: [id]) }
        return (targets + voids + parts).sorted()
    }

    private static func logDisposal(
        _ kind: Disposal.Kind, reason: String, records: [String], replacements: [NameReplacement], at: Date, in db: Database
    ) throws -> Disposal {
        let disposal = Disposal(
            id: UUID().uuidString.lowercased(), kind: kind, reason: reason, recordIDs: records, replacements: replacements, createdAt: at)
        try disposal.insert(db)
        try ChainEntry.append(kind: .disposal, recordID: disposal.id, content: disposal.digest, in: db)
        return disposal
    }
}
