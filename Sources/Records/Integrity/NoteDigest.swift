import Foundation
import GRDB

/// What the chain commits to for a supervisor's note: where it was written and when, with its
/// author and text only as hashes salted with the trainee's salt (a note may name people, and
/// erasing the trainee must leave nothing in the chain that identifies anyone).
enum NoteDigest {
    /// The note's name in the chain and in disposal logs: `note-` and its row id.
    static func chainID(_ noteID: Int64) -> String { "note-\(noteID)" }

    /// How the author's name enters the chain: salted with the trainee's salt.
    static func authorHash(_ author: String, salt: Data) -> String {
        Hex.salted(salt, "author\u{0}" + author)
    }

    /// The digest of the note's stored values (`createdAt` as `StoredTime` text); `erased` gives
    /// the hash committed before an erasure replaced the author's name.
    static func content(
        id: String, attemptID: String, nodeID: String, author: String, text: String, createdAt: String, salt: Data,
        erased: ErasedNames = .none
    ) -> String {
        var encoding = CanonicalEncoding(kind: "note")
        encoding.field("id", id)
        encoding.field("attempt", attemptID)
        encoding.field("node", nodeID)
        encoding.field("author", erased.hashed(author, at: .noteAuthor, of: id) { authorHash($0, salt: salt) })
        encoding.field("text", Hex.salted(salt, text))
        encoding.field("created-at", createdAt)
        return encoding.sha256
    }

    /// Chains a note just inserted, inside the caller's write transaction.
    static func chain(_ note: Note, personID: Int64, in db: Database) throws {
        guard let id = note.id else { return }
        let salt = try PersonSalt.salt(for: personID, in: db)
        let digest = content(
            id: String(id), attemptID: note.attemptID, nodeID: note.nodeID, author: note.author, text: note.text,
            createdAt: StoredTime.text(note.createdAt), salt: salt)
        try ChainEntry.append(kind: .note, recordID: chainID(id), content: digest, in: db)
    }
}
