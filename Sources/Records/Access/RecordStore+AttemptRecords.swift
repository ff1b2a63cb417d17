import Foundation
import GRDB

extension RecordStore {
    /// Every attempt started at or after `since` (all when nil), oldest first (ties by id), with
    /// its answers, notes, overrides and void, read from one snapshot of the store: a trainer
    /// answering meanwhile is not seen halfway.
    public func attemptRecords(startedSince since: Date?) throws -> [AttemptRecord] {
        try writer.read { db in
            // One query per table rather than per attempt: on 10,000 attempts, 6 reads instead of 40,000.
            var request = Attempt.order(Attempt.CodingKeys.startedAt, Attempt.CodingKeys.id)
            if let since { request = request.filter(Attempt.CodingKeys.startedAt >= StoredTime.text(since)) }
            let attempts = try request.fetchAll(db)
            let answers = Dictionary(grouping: try RecordedAnswer.order(RecordedAnswer.CodingKeys.attemptID, RecordedAnswer.CodingKeys.seq).fetchAll(db), by: \.attemptID)
            let notes = Dictionary(grouping: try Note.order(Note.CodingKeys.id).fetchAll(db), by: \.attemptID)
            let overrides = Dictionary(grouping: try RecordedOverride.order(RecordedOverride.CodingKeys.id).fetchAll(db), by: \.attemptID)
            let moderations = Dictionary(grouping: try Moderation.order(Moderation.CodingKeys.id).fetchAll(db), by: \.attemptID)
            let voids = Dictionary(try Voiding.fetchAll(db).map { ($0.targetID, $0) }, uniquingKeysWith: { first, _ in first })
            return attempts.map { attempt in
                AttemptRecord(
                    attempt: attempt, answers: answers[attempt.id] ?? [], notes: notes[attempt.id] ?? [],
                    overrides: overrides[attempt.id] ?? [], moderations: moderations[attempt.id] ?? [], void: voids[attempt.id])
            }
        }
    }
}
