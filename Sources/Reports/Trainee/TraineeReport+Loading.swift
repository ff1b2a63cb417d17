import Assessment
import Foundation
import Records
import ScenarioKit

extension TraineeReport {
    /// Gathers `trainee`'s attempts started in the period (with transcripts replayed from the
    /// scenario sources stored with them), their sign-offs, and runs `verify` on the whole store.
    /// - Throws: `RecordError.unknownPerson` when no one has that name.
    public static func load(trainee: String, from store: RecordStore, library: TrainingLibrary, scope: ReportScope) throws -> TraineeReport {
        let name = trainee.trimmingCharacters(in: .whitespacesAndNewlines)
        let people = try store.people()
        guard people.contains(where: { $0.isNamed(name) }) else { throw RecordError.unknownPerson(name) }
        let names = Dictionary(people.compactMap { person in person.id.map { ($0, person.name) } }, uniquingKeysWith: { first, _ in first })
        var scenarios: [String: Scenario?] = [:]
        func scenario(for attempt: Attempt) throws -> Scenario? {
            if let known = scenarios[attempt.scenarioSHA256] { return known }
            let bytes = try store.scenarioSource(sha256: attempt.scenarioSHA256)
            let loaded = bytes.flatMap { try? library.storedScenario($0, id: attempt.scenarioID) }
            scenarios[attempt.scenarioSHA256] = loaded
            return loaded
        }
        let attempts = try store.attempts(personName: name, scenarioID: nil, status: nil)
            .filter { attempt in scope.since.map { attempt.startedAt >= $0 } ?? true }
            .map { attempt in
                ReportedAttempt(
                    attempt: attempt,
                    void: try store.void(of: attempt.id),
                    result: attempt.resultJSON.flatMap { try? JSONDecoder().decode(AttemptResult.self, from: Data($0.utf8)) },
                    transcript: try scenario(for: attempt).map { AttemptTranscript(answers: try store.answers(attemptID: attempt.id), scenario: $0) },
                    notes: try store.notes(attemptID: attempt.id))
            }
        let signOffs = try store.signOffs(trainee: name).map { signOff in
            ReportedSignOff(
                signOff: signOff, supervisor: signOff.supervisorID.flatMap { names[$0] }, void: try store.void(of: signOff.id),
                refresh: RefreshStatus.State(refreshDue: signOff.refreshDue, scope: scope))
        }
        return TraineeReport(trainee: name, scope: scope, attempts: attempts, signOffs: signOffs, verification: try store.verify())
    }
}
