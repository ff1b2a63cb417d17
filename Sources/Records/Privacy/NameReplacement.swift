/// One place where an erasure replaced the erased person's name with their pseudonym: a name
/// column of a record that belongs to someone else (the supervisor of another trainee's attempt,
/// the author of a note on it).
///
/// Such a record may be in the hash chain, which committed to a salted hash of the old name. The
/// erasure keeps that hash here, inside its own chained disposal, so `verify` can check the record
/// against the chain as it was written while the store itself no longer holds the name. The hash
/// gives nothing away that the chain did not already hold.
public struct NameReplacement: Codable, Sendable, Hashable {
    /// A table and column that can hold a person's name.
    public enum Place: String, Codable, Sendable, Hashable, CaseIterable {
        case attemptSupervisor = "attempt.supervisor"
        case noteAuthor = "note.author"
        case overrideAuthor = "score_override.author"
        case voidAuthor = "void.author"
        /// The scorer's result of another trainee's attempt, which names the author of an override.
        case attemptResult = "attempt.result_json"
        case moderationModerator = "moderation.moderator"
        /// A moderated result of another trainee's attempt, which may name an override's author.
        case moderationResult = "moderation.result_json"
    }

    public var place: Place
    /// The record's id in its table (a note's or override's row id as text).
    public var recordID: String
    /// What the column holds now: the erased person's pseudonym; for a result, the SHA-256 of the
    /// result JSON with the pseudonym in it.
    public var now: String
    /// What the chain committed to before: the salted hash of the old name (for a result, the
    /// SHA-256 of the old JSON); nil when the record was not in the chain at the time (an attempt
    /// still in progress, an override).
    public var committedSHA256: String?

    enum CodingKeys: String, CodingKey {
        case place, now
        case recordID = "record"
        case committedSHA256 = "committed_sha256"
    }
}
