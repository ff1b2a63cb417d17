import Foundation

/// Someone the records hold attempts by, or registered as a trainee, who has no valid sign-off:
/// none at all, only voided ones, or only ones whose refresh date has passed.
public struct UnsignedStaff: Sendable, Hashable {
    /// Why no sign-off counts.
    public enum Standing: Sendable, Hashable {
        /// Never signed off.
        case never
        /// Every sign-off about them was voided.
        case voided
        /// The latest sign-off that is not void lapsed on `refreshDue`.
        case lapsed(packID: String, refreshDue: Date)
    }

    public var person: Person
    public var standing: Standing
    /// Completed attempts that are not void, per mode, over all time.
    public var attempts: [Attempt.Mode: Int]
    /// Of those, the Competent assessment-mode ones: evidence a sign-off could rest on.
    public var competentAssessments: Int
    /// When their most recent completed attempt started.
    public var lastAttempt: Date?
}
