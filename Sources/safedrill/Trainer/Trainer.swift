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

    /// Starts a new attempt at `scenarioID` for `trainee` and plays it.
    /// A scenario file edited since the library was loaded is played as it is now.
    func play(_ scenarioID: String, trainee: String, mode: PlayMode, supervisor: String?) throws -> PlayLoop.Outcome {
        guard let listed = library.scenario(scenarioID) else {
            throw ValidationFailure("no scenario '\(scenarioID)'\(Suggestion.closest(to: scenarioID, in: library.scenarios.map(\.id)).map { "; did you mean '\($0)'?" } ?? "") — 'list' shows them all")
        }
        if mode == .supervision, supervisor == nil { throw ValidationFailure("supervision mode needs --supervisor NAME") }
        let (scenario, bytes) = try library.current(listed)
        let attempt = try store.startAttempt(NewAttempt(
            personName: trainee, personRole: .trainee, scenarioID: scenario.id, scenarioSHA256: scenario.sha256,
            scenarioBytes: bytes, policySHA256: library.policy.sha256, rubricsSHA256: library.rubricsSHA256,
            mode: Attempt.Mode(rawValue: mode.rawValue) ?? .practice, supervisor: supervisor, at: Date()))
        if let supervisor { _ = try store.person(named: supervisor, role: .supervisor) }
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
            attempt = try AttemptLookup(store: store).attempt(attemptID, trainee: trainee)
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
        say(style.bold("Resuming \(scenario.title)") + style.dim("  (\(attempt.mode.rawValue) mode, attempt \(attempt.id.prefix(8)), \(session.steps.count) answers kept)"))
        if library.scenario(attempt.scenarioID).flatMap({ fileHash($0.path) }) != attempt.scenarioSHA256 {
            say(style.wrap(style.amber("scenario \(attempt.scenarioID) changed since this attempt began; resuming on the version it began with")))
        }
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

    /// The SHA-256 of the file at `path` as it is now; nil when it cannot be read.
    private func fileHash(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map(ContentHash.sha256)
    }

    private func loop(for attempt: Attempt, session: Session, lease: AttemptLease) throws -> PlayLoop.Outcome {
        let mode = PlayMode(rawValue: attempt.mode.rawValue) ?? .practice
        let outcome = try PlayLoop(library: library, store: store, attemptID: attempt.id, lease: lease, session: session, mode: mode,
                                   supervisor: attempt.supervisor, reader: reader, style: style).run()
        if outcome == .inputEnded {
            say("Input ended; attempt \(attempt.id.prefix(8)) is saved: 'safedrill resume \(attempt.id.prefix(8))' carries on from here.")
        }
        return outcome
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
