import Foundation

/// Everything the store holds about one person, for a subject access request.
public struct SubjectAccessExport: Codable, Sendable {
    /// What this export is and holds, in words; it sorts first in the JSON, so a reader sees it at the top.
    public var about: String
    public var exportedAt: Date
    public var person: Person
    public var attempts: [AttemptRecord]
    /// Sign-offs of this person's competence.
    public var signOffsAbout: [SignOff]
    /// Sign-offs this person made as supervisor.
    public var signOffsMade: [SignOff]
    /// Live decisions this person recorded.
    public var decisions: [RecordedDecision]
    public var keys: [SigningKey]
    /// Notes this person wrote on others' attempts, by author name.
    public var notesWritten: [Note]
    /// Moderations this person made of others' free text, by moderator name.
    public var moderationsMade: [Moderation]
}
