import Records

/// The trainee view: every attempt with its transcript and debrief, the sign-offs with who signed
/// them and how, and whether the records still verify at the time of the report.
public struct TraineeReport: Sendable {
    public var trainee: String
    public var scope: ReportScope
    /// Newest first; voided attempts are included and marked.
    public var attempts: [ReportedAttempt]
    /// Newest first; voided sign-offs are included and marked.
    public var signOffs: [ReportedSignOff]
    /// `records verify`, run when the report was made.
    public var verification: VerificationReport

    /// The attempts every figure is based on: completed and not void.
    public var counted: [ReportedAttempt] { attempts.filter { $0.void == nil && $0.attempt.status == .completed } }
}
