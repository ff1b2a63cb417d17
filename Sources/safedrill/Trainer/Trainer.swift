import Assessment
import Foundation
import Records
import ThresholdEngine
import Training

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

    /// Starts a new attempt at `scenarioID` for `trainee` and plays it.
    /// A scenario file edited since the library was loaded is played as it is now. A supervisor must be
    /// registered as supervisor, assessor or lead, and be someone else.
    func play(_ scenarioID: String, trainee: String, mode: PlayMode, supervisor: String?) throws -> PlayLoop.Outcome {
        guard let listed = library.scenario(scenarioID) else {
            throw ValidationFailure("no scenario '\(scenarioID)'\(Suggestion.closest(to: scenarioID, in: library.scenarios.map(\.id)).map { "; did you mean '\($0)'?" } ?? "") — 'list' shows them all")
        }
        let (scenario, bytes) = try library.current(listed)
        let run: AttemptRun
        do {
            run = try AttemptRun.start(scenario, bytes: bytes, trainee: trainee, mode: mode, supervisor: supervisor, library: library, store: store)
        } catch let refusal as PeopleError {
            throw ValidationFailure(refusal.description)
        }
        defer { run.release() }
        say(style.bold(scenario.title) + style.dim("  (\(mode.rawValue) mode, attempt \(run.attempt.id.prefix(8)))"))
        if let warning = scenario.contentWarning { say(style.wrap(style.amber("Content warning: ") + warning)) }
        say(style.wrap(scenario.summary.trimmingCharacters(in: .whitespacesAndNewlines)))
        say(style.dim("Type 'help' at any prompt for what you can do."))
        return try play(run)
    }

    /// Resumes `attemptID` (a full id or a unique prefix), or the trainee's most recent unfinished attempt.
    func resume(_ attemptID: String?, trainee: String?) throws -> PlayLoop.Outcome {
        let lookup = AttemptLookup(store: store)
        let attempt = try attemptID.map { try lookup.attempt($0, trainee: trainee) } ?? lookup.latestUnfinished(of: trainee)
        let run = try AttemptRun.resume(attempt, library: library, store: store)
        defer { run.release() }
        say(style.bold("Resuming \(run.session.scenario.title)") + style.dim("  (\(attempt.mode.rawValue) mode, attempt \(attempt.id.prefix(8)), \(run.session.steps.count) answers kept)"))
        if run.scenarioFileChanged {
            say(style.wrap(style.amber("scenario \(attempt.scenarioID) changed since this attempt began; resuming on the version it began with")))
        }
        return try play(run)
    }

    private func play(_ run: AttemptRun) throws -> PlayLoop.Outcome {
        let outcome = try PlayLoop(run, reader: reader, style: style).run()
        if outcome == .inputEnded {
            let id = run.attempt.id.prefix(8)
            say("Input ended; attempt \(id) is saved: 'safedrill resume \(id)' carries on from here.")
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
