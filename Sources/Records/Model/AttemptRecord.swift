/// One attempt with everything recorded during it.
public struct AttemptRecord: Codable, Sendable {
    public var attempt: Attempt
    /// In the order they were given.
    public var answers: [RecordedAnswer]
    /// In the order they were written.
    public var notes: [Note]
    /// In the order they were made.
    public var overrides: [RecordedOverride]
    /// Assessors' moderations of the free-text marks, in the order made.
    public var moderations: [Moderation]
    public var void: Voiding?
}
