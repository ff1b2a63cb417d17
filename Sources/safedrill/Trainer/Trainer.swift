import Assessment
import Foundation
import Records
import ScenarioKit
import ThresholdEngine

/// Starts and resumes attempts: the link between the library, the records and the terminal.
final class Trainer {
    let library: TrainingLibrary
    let store: RecordStore
    let reader: LineReader
    let style: Style

    init(library: TrainingLibrary, store: RecordStore, reader: LineReader, style: Style) {
        self.library = library
        self.store = store
        self.reader = reader
        self.style = style
    }

    /// How names typed in this session find people; `newPerson` is the command's `--new-person`.
    func resolver(newPerson: Bool = false) -> PersonResolver {
        PersonResolver(store: store, reader: reader, newPerson: newPerson)
    }

    /// What a returning trainee sees on logging in: their unfinished attempts, newest first, and
    /// how to carry one on; nil when they have none.
    func welcomeBack(_ trainee: String) throws -> String? {
        let unfinished = try store.unfinishedAttempts(personName: trainee)
        guard let newest = unfinished.first else { return nil }
        let lines = unfinished.map { attempt in
            let when = attempt.updatedAt.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false))
            return "  \(attempt.id.prefix(8))  \(attempt.scenarioID)  \(attempt.mode.rawValue)  last answered \(when)"
        }
        return (["Welcome back, \(trainee). Unfinished attempts:"] + lines + ["Type 'resume \(newest.id.prefix(8))' to carry on."])
            .joined(separator: "\n")
    }

    /// Starts a new attempt at `scenarioID` for `trainee` and plays it. A supervisor must be
    /// registered as supervisor, assessor or lead, and be someone else.
    func play(_ scenarioID: String, trainee: String, mode: PlayMode, supervisor: String?) throws -> PlayLoop.Outcome {
        guard let scenario = library.scenario(scenarioID) else {
            throw ValidationFailure("no scenario '\(scenarioID)'\(Suggestion.closest(to: scenarioID, in: library.scenarios.map(\.id)).map { "; did you mean '\($0)'?" } ?? "") — 'list' shows them all")
        }
        if mode == .supervision, supervisor == nil { throw ValidationFailure("supervision mode needs --supervisor NAME") }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: scenario.path))
        let attempt: Attempt
        do {
            attempt = try store.startAttempt(NewAttempt(
                personName: trainee, personRole: .trainee, scenarioID: scenario.id, scenarioSHA256: scenario.sha256,
                scenarioBytes: bytes, policySHA256: library.policy.sha256, rubricsSHA256: library.rubricsSHA256,
                mode: Attempt.Mode(rawValue: mode.rawValue) ?? .practice, supervisor: supervisor, at: Date()))
        } catch let refusal as PeopleError {
            throw ValidationFailure(refusal.description)
        }
        say(style.bold(scenario.title) + style.dim("  (\(mode.rawValue) mode, attempt \(attempt.id.prefix(8)))"))
        if let warning = scenario.contentWarning { say(style.wrap(style.amber("Content warning: ") + warning)) }
        say(style.wrap(scenario.summary.trimmingCharacters(in: .whitespacesAndNewlines)))
        say(style.dim("Type 'help' at any prompt for what you can do."))
        let lease = try hold(attempt)
        defer { try? store.releaseLease(lease) }
        return try loop(for: attempt, session: Session(scenario: scenario, escalations: library.policy.escalations.map(\.id)), lease: lease)
    }

    /// Resumes `attemptID` (a full id or a unique prefix), or the trainee's most recent unfinished attempt.
    func resume(_ attemptID: String?, trainee: String?) throws -> PlayLoop.Outcome {
        let attempt: Attempt
        if let attemptID {
            guard let found = try store.attempt(id: attemptID) else { throw ValidationFailure("no attempt '\(attemptID)' — 'history' lists them") }
            attempt = found
        } else {
            guard let latest = try store.unfinishedAttempts(personName: trainee).first else {
                throw ValidationFailure("there is no unfinished attempt\(trainee.map { " for \($0)" } ?? "") to resume")
            }
            attempt = latest
        }
        guard attempt.status == .inProgress else { throw ValidationFailure("attempt \(attempt.id.prefix(8)) is already finished") }
        // The attempt is played on the scenario exactly as it was when it started, even if the file changed since.
        guard let bytes = try store.scenarioSource(sha256: attempt.scenarioSHA256) else {
            throw ValidationFailure("the scenario source of attempt \(attempt.id.prefix(8)) is missing from the records")
        }
        let scenario = try library.storedScenario(bytes, id: attempt.scenarioID)
        // Held before the answers are read: no one else can add to them while this session plays.
        let lease = try hold(attempt)
        defer { try? store.releaseLease(lease) }
        let answers = try store.answers(attemptID: attempt.id)
        let session: Session
        do throws(AnswerReplay.Failure) {
            session = try AnswerReplay(answers, scenario: scenario, escalations: library.policy.escalations.map(\.id)).session
        } catch {
            throw ValidationFailure("attempt \(attempt.id.prefix(8)) cannot be resumed: \(error.description)")
        }
        say(style.bold("Resuming \(scenario.title)") + style.dim("  (\(attempt.mode.rawValue) mode, \(session.steps.count) answers kept)"))
        return try loop(for: attempt, session: session, lease: lease)
    }

    /// The attempt's lease for this session; another session's holding it is the trainee's to sort out.
    private func hold(_ attempt: Attempt) throws -> AttemptLease {
        do {
            return try store.takeLease(attemptID: attempt.id)
        } catch let error as RecordError {
            throw ValidationFailure(error.description)
        }
    }

    private func loop(for attempt: Attempt, session: Session, lease: AttemptLease) throws -> PlayLoop.Outcome {
        let mode = PlayMode(rawValue: attempt.mode.rawValue) ?? .practice
        return try PlayLoop(library: library, store: store, attemptID: attempt.id, lease: lease, session: session, mode: mode,
                            supervisor: attempt.supervisor, reader: reader, style: style).run()
    }

    /// The attempts of `trainee` (everyone's when nil), newest first, one line each.
    func history(trainee: String?) throws -> String {
        let attempts = try store.attempts(personName: trainee, scenarioID: nil, status: nil)
        guard !attempts.isEmpty else { return "No attempts yet." }
        return attempts.map { attempt in
            let when = attempt.startedAt.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false))
            let result = attempt.status == .inProgress ? "unfinished — resume \(attempt.id.prefix(8))"
                : "\(attempt.outcome == .competent ? "Competent" : "Not yet competent") (\(Int((attempt.percent ?? 0).rounded()))%)"
            return "\(attempt.id.prefix(8))  \(when)  \(attempt.scenarioID)  \(attempt.mode.rawValue)  \(result)"
        }.joined(separator: "\n")
    }

    private func say(_ text: String) {
        print(text)
        fflush(nil)
    }
}
