import Assessment
import Foundation
import GRDB
import Records

extension RecordStore {
    /// Every attempt started at or after `since` (all when nil), oldest first, with its answers,
    /// notes, overrides, moderations, void and marked result, read from one snapshot of the store (a trainer
    /// answering meanwhile is not seen halfway). Erased and purged people's attempts are gone
    /// from the store and so from here.
    /// - Throws: `ExportError.unreadableResult` when a stored result is not a scorer's result.
    public func exportedAttempts(since: Date?) throws -> [ExportedAttempt] {
        let people = try people()
        let pseudonyms = try pseudonyms()
        let byID = Dictionary(people.compactMap { person in person.id.map { ($0, person) } }, uniquingKeysWith: { first, _ in first })
        let byName = Dictionary(people.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        func exported(_ person: Person?, named name: String) -> ExportedPerson {
            ExportedPerson(name: name, role: person?.role, pseudonym: person?.id.flatMap { pseudonyms[$0] })
        }
        // One query per table rather than per attempt: on 10,000 attempts, 4 reads instead of 40,000.
        let snapshot = try read { db in
            (attempts: try Attempt.fetchAll(db, sql: "SELECT * FROM attempt"),
             answers: Dictionary(grouping: try RecordedAnswer.fetchAll(db, sql: "SELECT * FROM answer ORDER BY attempt_id, seq"), by: \.attemptID),
             notes: Dictionary(grouping: try Note.fetchAll(db, sql: "SELECT * FROM note ORDER BY id"), by: \.attemptID),
             overrides: Dictionary(grouping: try RecordedOverride.fetchAll(db, sql: "SELECT * FROM score_override ORDER BY id"), by: \.attemptID),
             moderations: Dictionary(grouping: try Moderation.fetchAll(db, sql: "SELECT * FROM moderation ORDER BY id"), by: \.attemptID),
             voids: Dictionary(try Voiding.fetchAll(db, sql: "SELECT * FROM void").map { ($0.targetID, $0) }, uniquingKeysWith: { first, _ in first }))
        }
        let attempts = snapshot.attempts
            .filter { attempt in since.map { attempt.startedAt >= $0 } ?? true }
            .sorted { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }
        return try attempts.map { attempt in
            let trainee = byID[attempt.personID]
            return ExportedAttempt(
                id: attempt.id,
                trainee: exported(trainee, named: trainee?.name ?? ""),
                supervisor: attempt.supervisor.map { exported(byName[$0], named: $0) },
                scenarioID: attempt.scenarioID, scenarioSHA256: attempt.scenarioSHA256,
                policySHA256: attempt.policySHA256, rubricsSHA256: attempt.rubricsSHA256,
                mode: attempt.mode, startedAt: attempt.startedAt, updatedAt: attempt.updatedAt, finishedAt: attempt.finishedAt,
                status: attempt.status, outcome: attempt.outcome, percent: attempt.percent,
                result: try attempt.resultJSON.map { try Self.result($0, of: attempt.id) },
                answers: snapshot.answers[attempt.id] ?? [],
                notes: snapshot.notes[attempt.id] ?? [],
                overrides: snapshot.overrides[attempt.id] ?? [],
                moderations: snapshot.moderations[attempt.id] ?? [],
                void: snapshot.voids[attempt.id].map { ExportedVoid(id: $0.id, reason: $0.reason, author: $0.author, voidedAt: $0.createdAt) })
        }
    }

    private static func result(_ json: String, of attemptID: String) throws -> AttemptResult {
        do {
            return try JSONDecoder().decode(AttemptResult.self, from: Data(json.utf8))
        } catch {
            throw ExportError.unreadableResult(attemptID: attemptID)
        }
    }
}
