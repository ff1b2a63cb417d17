import GRDB

extension StoreSchema {
    /// Notes join the hash chain when they are written from this version on. Notes written before
    /// it are chained here, in the order they were written, so that `verify` does not report them
    /// as added behind safedrill's back. (What they said before this migration is taken as it
    /// stands: nothing earlier committed to it.)
    static func chainExistingNotes(_ db: Database) throws {
        for note in try Note.order(Note.CodingKeys.id).fetchAll(db) {
            let personID = try Int64.fetchOne(db, sql: "SELECT person_id FROM attempt WHERE id = ?", arguments: [note.attemptID])
            guard let personID else { continue }
            try NoteDigest.chain(note, personID: personID, in: db)
        }
    }
}
