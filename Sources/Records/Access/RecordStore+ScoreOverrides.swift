import Foundation
import GRDB

extension RecordStore {
    /// Records a supervisor's score (0 to 100) for the answer at a node, replacing the rubric's,
    /// with the reason. Refused once the attempt is finished: its result is then final.
    @discardableResult
    public func overrideScore(
        attemptID: String, nodeID: String, percent: Double, reason: String, author: String, at: Date
    ) throws -> RecordedOverride {
        let reason = try requiredText(reason, field: "an override's reason")
        let author = try requiredText(author, field: "an override's author")
        let at = StoredTime.normalised(at)
        return try writer.write { db in
            _ = try Self.openAttempt(attemptID, in: db)
            var override = RecordedOverride(
                id: nil, attemptID: attemptID, nodeID: nodeID, percent: percent, reason: reason,
                author: author, createdAt: at)
            try override.insert(db)
            return override
        }
    }

    /// The attempt's overrides in the order made; for a node overridden twice, the last one counts.
    public func overrides(attemptID: String) throws -> [RecordedOverride] {
        try writer.read { db in
            try RecordedOverride
                .filter(RecordedOverride.CodingKeys.attemptID == attemptID)
                .order(RecordedOverride.CodingKeys.id)
                .fetchAll(db)
        }
    }
}
