import Assessment
import Foundation
import GRDB

extension RecordStore {
    /// The free-text answers of a finished assessment, each element's mark as it stands and the
    /// words that met it: what a moderator is shown. `attemptID` is the exact id.
    /// - Throws: `RecordError.unknownAttempt`, or `ModerationError` when there is nothing to moderate.
    public func moderationSheet(attemptID: String, library: TrainingLibrary) throws -> ModerationSheet {
        try writer.read { db in try ModeratedAttempt(attemptID, library: library, in: db).sheet() }
    }

    /// Records `moderator`'s judgements of a finished assessment's free-text elements, in order, each
    /// as a chained moderation carrying the attempt's effective result after it. A judgement that
    /// keeps the mark as it stands is `confirmed`, else `changed`; a later judgement of an element
    /// supersedes the earlier one. An answer moderated for the first time needs every element judged.
    /// All are written in one transaction, or none.
    /// - Throws: `ModerationError` (who may moderate, what can be moderated), `RecordError` for an
    ///   unknown attempt or an empty reason.
    @discardableResult
    public func moderate(
        attemptID: String, judgements: [ElementJudgement], moderator: String, library: TrainingLibrary, at: Date
    ) throws -> [Moderation] {
        let name = try requiredText(moderator, field: "a moderator's name")
        let judgements = try judgements.map { judgement in
            var judgement = judgement
            judgement.reason = try requiredText(judgement.reason, field: "a moderation's reason")
            return judgement
        }
        let at = StoredTime.normalised(at)
        return try writer.write { db in
            let loaded = try ModeratedAttempt(attemptID, library: library, in: db)
            let person = try Self.moderator(named: name, for: loaded.attempt, in: db)
            let sheet = try loaded.sheet()
            try Self.check(judgements, against: sheet)
            var current = Dictionary(sheet.answers.flatMap { answer in answer.elements.map { ("\(answer.nodeID)\u{0}\($0.id)", $0.met) } }, uniquingKeysWith: { first, _ in first })
            var moderations = loaded.moderations
            var written: [Moderation] = []
            for judgement in judgements {
                let key = "\(judgement.nodeID)\u{0}\(judgement.elementID)"
                let decision: Moderation.Decision = current[key] == judgement.met ? .confirmed : .changed
                current[key] = judgement.met
                var moderation = Moderation(
                    id: nil, attemptID: loaded.attempt.id, nodeID: judgement.nodeID, elementID: judgement.elementID,
                    decision: decision, met: judgement.met, reason: judgement.reason, moderator: person.name, createdAt: at,
                    outcome: .notYetCompetent, percent: 0, resultJSON: "")
                let result = try loaded.result(with: moderations + [moderation])
                moderation.outcome = result.competent ? .competent : .notYetCompetent
                moderation.percent = result.percent
                moderation.resultJSON = String(decoding: try JSONEncoder().encode(result), as: UTF8.self)
                try Self.insert(&moderation, personID: loaded.attempt.personID, in: db)
                moderations.append(moderation)
                written.append(moderation)
            }
            return written
        }
    }

    /// Stores and chains one moderation inside the caller's write transaction.
    static func insert(_ moderation: inout Moderation, personID: Int64, in db: Database) throws {
        try moderation.insert(db)
        try ModerationDigest.chain(moderation, personID: personID, in: db)
    }

    /// Stores a moderation as given, without replaying the attempt: for test fixtures whose attempts
    /// hold placeholder results no scorer gives (`moderate` is the way in everywhere else).
    @discardableResult
    func insertModeration(_ moderation: Moderation) throws -> Moderation {
        try writer.write { db in
            guard let attempt = try Attempt.fetchOne(db, key: moderation.attemptID) else { throw RecordError.unknownAttempt(moderation.attemptID) }
            var moderation = moderation
            try Self.insert(&moderation, personID: attempt.personID, in: db)
            return moderation
        }
    }

    /// The attempt's moderations in the order made; for an element moderated twice, the last counts.
    public func moderations(attemptID: String) throws -> [Moderation] {
        try writer.read { db in
            try Moderation.filter(Moderation.CodingKeys.attemptID == attemptID).order(Moderation.CodingKeys.id).fetchAll(db)
        }
    }

    /// Each judgement names a free-text answer and one of its rubric's elements, and an answer not
    /// moderated before has every element judged.
    private static func check(_ judgements: [ElementJudgement], against sheet: ModerationSheet) throws {
        let answers = Dictionary(sheet.answers.map { ($0.nodeID, $0) }, uniquingKeysWith: { first, _ in first })
        for judgement in judgements {
            guard let answer = answers[judgement.nodeID] else {
                throw ModerationError.unknownAnswer(node: judgement.nodeID, answers: sheet.answers.map(\.nodeID))
            }
            guard answer.elements.contains(where: { $0.id == judgement.elementID }) else {
                throw ModerationError.unknownElement(node: answer.nodeID, element: judgement.elementID, elements: answer.elements.map(\.id))
            }
        }
        for answer in sheet.answers where !answer.isModerated {
            let judged = Set(judgements.filter { $0.nodeID == answer.nodeID }.map(\.elementID))
            let left = answer.elements.map(\.id).filter { !judged.contains($0) }
            if !judged.isEmpty, !left.isEmpty { throw ModerationError.elementsLeftOut(node: answer.nodeID, elements: left) }
        }
    }
}
