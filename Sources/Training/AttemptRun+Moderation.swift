import Foundation
import Records

extension AttemptRun {
    /// Whether the debrief should offer moderation: an assessment with an assessor named and at
    /// least one free-text answer, whose marks stay provisional until someone moderates them.
    public var awaitsModeration: Bool {
        mode == .assessment && attempt.supervisor != nil
            && session.steps.contains { if case .record = $0.answer { true } else { false } }
    }

    /// The free-text marks of this attempt, element by element, for the assessor to judge.
    public func moderationSheet() throws -> ModerationSheet {
        try store.moderationSheet(attemptID: attempt.id, library: library)
    }

    /// Records the assessor's judgements (chained, as `records moderate` does).
    /// - Throws: `TrainingFailure` when the attempt names no assessor; the store's errors otherwise.
    public func moderate(_ judgements: [ElementJudgement]) throws -> [Moderation] {
        guard let assessor = attempt.supervisor else { throw TrainingFailure("this attempt names no assessor to moderate it") }
        return try store.moderate(attemptID: attempt.id, judgements: judgements, moderator: assessor, library: library, at: Date())
    }
}
