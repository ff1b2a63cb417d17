import Assessment
import Foundation
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
        return try attemptRecords(startedSince: since).map { record in
            let attempt = record.attempt
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
                answers: record.answers, notes: record.notes, overrides: record.overrides, moderations: record.moderations,
                void: record.void.map { ExportedVoid(id: $0.id, reason: $0.reason, author: $0.author, voidedAt: $0.createdAt) })
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
