import Foundation
import GRDB

extension RecordStore {
    /// The SQL condition, on an `answer` row, that its free text awaits moderation: no moderation
    /// of any element at its node yet. (The first moderation of an answer judges every element.)
    static let awaitingModerationCondition = """
        answer.kind = 'record' AND NOT EXISTS (
            SELECT 1 FROM moderation WHERE moderation.attempt_id = answer.attempt_id AND moderation.node_id = answer.node_id)
        """

    /// For each attempt given that has any, the nodes whose free text awaits moderation, in the order answered.
    static func awaitingModeration(_ attemptIDs: [String], in db: Database) throws -> [String: [String]] {
        guard !attemptIDs.isEmpty else { return [:] }
        var nodes: [String: [String]] = [:]
        let rows = try Row.fetchAll(db, sql: """
            SELECT answer.attempt_id, answer.node_id FROM answer
            WHERE answer.attempt_id IN (\(databaseQuestionMarks(count: attemptIDs.count))) AND \(awaitingModerationCondition)
            ORDER BY answer.attempt_id, answer.seq
            """, arguments: StatementArguments(attemptIDs))
        for row in rows {
            guard let id: String = row[0], let node: String = row[1], nodes[id]?.contains(node) != true else { continue }
            nodes[id, default: []].append(node)
        }
        return nodes
    }

    /// The attempt as moderated: its outcome, score and result replaced by its latest moderation's
    /// (the effective result), or the attempt as stored when it has no moderation.
    static func moderated(_ attempt: Attempt, in db: Database) throws -> Attempt {
        guard let latest = try Moderation.filter(Moderation.CodingKeys.attemptID == attempt.id)
            .order(Moderation.CodingKeys.id.desc).fetchOne(db)
        else { return attempt }
        var moderated = attempt
        moderated.outcome = latest.outcome
        moderated.percent = latest.percent
        moderated.resultJSON = latest.resultJSON
        return moderated
    }
}
