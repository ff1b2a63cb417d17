import Foundation
import GRDB

extension RecordStore {
    /// Commits one answer and returns its sequence number (1 for the first).
    ///
    /// The number is computed inside the write transaction, which holds SQLite's write lock from
    /// its start, so concurrent writers (threads or processes) never take the same number.
    /// A session playing the attempt passes its `lease`: the answer is refused when another
    /// session holds the attempt (`RecordError.attemptHeld`, or `leaseLost` for a lease taken over).
    /// - Throws: `RecordError.nulCharacter` for input the store could not keep whole.
    @discardableResult
    public func appendAnswer(
        attemptID: String, nodeID: String, kind: RecordedAnswer.Kind, input: String, at: Date, lease: AttemptLease? = nil
    ) throws -> Int {
        let input = try storableText(input, field: "an answer")
        let at = StoredTime.normalised(at)
        return try writer.write { db in
            _ = try Self.openAttempt(attemptID, in: db)
            try Self.checkLease(lease, attemptID: attemptID, at: StoredTime.normalised(Date()), in: db)
            let last = try RecordedAnswer
                .filter(RecordedAnswer.CodingKeys.attemptID == attemptID)
                .select(max(RecordedAnswer.CodingKeys.seq), as: Int.self)
                .fetchOne(db)
            let answer = RecordedAnswer(
                attemptID: attemptID, seq: (last ?? 0) + 1, nodeID: nodeID, kind: kind,
                input: input, answeredAt: at)
            try answer.insert(db)
            // Text comparison is time order for this fixed-width format; `max` keeps
            // `updated_at` from going back if a clock does.
            try db.execute(
                sql: "UPDATE attempt SET updated_at = max(updated_at, ?) WHERE id = ?",
                arguments: [StoredTime.text(at), attemptID])
            return answer.seq
        }
    }

    /// The attempt's answers in the order given.
    public func answers(attemptID: String) throws -> [RecordedAnswer] {
        try writer.read { db in
            try RecordedAnswer
                .filter(RecordedAnswer.CodingKeys.attemptID == attemptID)
                .order(RecordedAnswer.CodingKeys.seq)
                .fetchAll(db)
        }
    }
}
