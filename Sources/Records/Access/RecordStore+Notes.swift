import Foundation
import GRDB

extension RecordStore {
    /// Adds a supervisor's note at a node. Notes are allowed after the attempt is finished,
    /// since the discussion often continues over the debrief.
    @discardableResult
    public func addNote(attemptID: String, nodeID: String, author: String, text: String, at: Date) throws -> Note {
        let author = try requiredText(author, field: "a note's author")
        let text = try requiredText(text, field: "a note")
        let at = StoredTime.normalised(at)
        return try writer.write { db in
            guard let attempt = try Attempt.fetchOne(db, key: attemptID) else { throw RecordError.unknownAttempt(attemptID) }
            var note = Note(id: nil, attemptID: attemptID, nodeID: nodeID, author: author, text: text, createdAt: at)
            try note.insert(db)
            try NoteDigest.chain(note, personID: attempt.personID, in: db)
            return note
        }
    }

    /// The attempt's notes in the order written.
    public func notes(attemptID: String) throws -> [Note] {
        try writer.read { db in
            try Note.filter(Note.CodingKeys.attemptID == attemptID).order(Note.CodingKeys.id).fetchAll(db)
        }
    }
}
