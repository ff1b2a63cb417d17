import Assessment
import Records

/// One attempt as the trainee report shows it.
public struct ReportedAttempt: Sendable {
    public var attempt: Attempt
    /// Set when the attempt was voided: it then counts in no figure.
    public var void: Voiding?
    /// The scorer's result as stored; nil while in progress or when the stored result cannot be read.
    public var result: AttemptResult?
    /// Nil when the scenario source stored with the attempt is missing or no longer loads.
    public var transcript: AttemptTranscript?
    /// A supervisor's notes during a supervision discussion.
    public var notes: [Note]
}
