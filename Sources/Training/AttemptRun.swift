import Assessment
import Foundation
import Records
import ScenarioKit
import ThresholdEngine

/// One attempt being played, with no terminal in it: each answer is committed to the records
/// before the session moves on, the mode's rules decide what the trainee may do, and the attempt
/// is finished on its answers as stored. A front end reads the trainee's input, calls these, and
/// prints what they return.
public final class AttemptRun {
    public let library: TrainingLibrary
    public let attempt: Attempt
    public let mode: PlayMode
    /// Where the trainee is, with every answer that stands.
    public private(set) var session: Session
    let store: RecordStore
    /// This session's hold on the attempt: every write goes with it, so a second session cannot interleave.
    private let lease: AttemptLease

    private init(library: TrainingLibrary, store: RecordStore, attempt: Attempt, lease: AttemptLease, session: Session) {
        self.library = library
        self.store = store
        self.attempt = attempt
        self.lease = lease
        self.session = session
        mode = PlayMode(rawValue: attempt.mode.rawValue) ?? .practice
    }

    /// Starts a new attempt at `scenario` for `trainee`, keeping the file's exact `bytes` with it,
    /// and takes its lease.
    /// - Throws: `TrainingFailure` for supervision without a supervisor, or a lease held elsewhere.
    public static func start(
        _ scenario: Scenario, bytes: Data, trainee: String, mode: PlayMode, supervisor: String?, library: TrainingLibrary, store: RecordStore
    ) throws -> AttemptRun {
        if mode == .supervision, supervisor == nil { throw TrainingFailure("supervision mode needs --supervisor NAME") }
        let attempt = try store.startAttempt(NewAttempt(
            personName: trainee, personRole: .trainee, scenarioID: scenario.id, scenarioSHA256: scenario.sha256,
            scenarioBytes: bytes, policySHA256: library.policy.sha256, rubricsSHA256: library.rubricsSHA256,
            mode: Attempt.Mode(rawValue: mode.rawValue) ?? .practice, supervisor: supervisor, at: Date()))
        let lease = try hold(attempt, in: store)
        return AttemptRun(library: library, store: store, attempt: attempt, lease: lease,
                          session: Session(scenario: scenario, escalations: library.policy.escalations.map(\.id)))
    }

    /// Takes up an unfinished `attempt` where its stored answers leave it, on the scenario exactly
    /// as it was when the attempt began (the records keep it by hash), even if the file changed since.
    /// - Throws: `TrainingFailure` for a finished attempt, a missing source, answers that no longer
    ///   replay, or a lease held elsewhere.
    public static func resume(_ attempt: Attempt, library: TrainingLibrary, store: RecordStore) throws -> AttemptRun {
        guard attempt.status == .inProgress else { throw TrainingFailure("attempt \(attempt.id.prefix(8)) is already finished") }
        guard let bytes = try store.scenarioSource(sha256: attempt.scenarioSHA256) else {
            throw TrainingFailure("the scenario source of attempt \(attempt.id.prefix(8)) is missing from the records")
        }
        let scenario = try library.storedScenario(bytes, id: attempt.scenarioID)
        // Held before the answers are read: no one else can add to them while this session plays.
        let lease = try hold(attempt, in: store)
        var handedOver = false
        defer { if !handedOver { try? store.releaseLease(lease) } }
        let answers = try store.answers(attemptID: attempt.id)
        let replay: AnswerReplay
        do throws(AnswerReplay.Failure) {
            replay = try AnswerReplay(answers, scenario: scenario, escalations: library.policy.escalations.map(\.id))
        } catch {
            throw TrainingFailure("attempt \(attempt.id.prefix(8)) cannot be resumed: \(error.description)")
        }
        handedOver = true
        return AttemptRun(library: library, store: store, attempt: attempt, lease: lease, session: replay.session)
    }

    /// True when the scenario's file is no longer the version this attempt began on (edited or gone).
    public var scenarioFileChanged: Bool {
        let current = library.scenario(attempt.scenarioID).flatMap { FileManager.default.contents(atPath: $0.path) }
        return current.map(ContentHash.sha256) != attempt.scenarioSHA256
    }

    /// Gives the attempt's lease back: another session may resume it.
    public func release() {
        try? store.releaseLease(lease)
    }

    /// Stores `answer` first, then moves on: what the trainee sees next is always already saved.
    /// The answer is stored at the node it was given at.
    /// - Returns: the mark for it, in a mode that shows feedback as it goes.
    /// - Throws: `Session.Failure` for an answer the node does not take (nothing is stored).
    public func answer(_ answer: Answer) throws -> MarkedAnswer? {
        var next = session
        try next.answer(answer)
        try save(session.nodeID, kind: RecordedAnswer.Kind(rawValue: answer.kind) ?? .choice, input: answer.input)
        session = next
        guard mode.showsFeedback, let step = session.steps.last else { return nil }
        let (result, critical) = library.scorer.mark(step, in: session.scenario)
        return MarkedAnswer(result: result, critical: critical)
    }

    /// Takes back the last answer; the `back` is stored first, at the node it returns to.
    /// - Throws: `Refusal` outside practice or with nothing to take back.
    public func back() throws {
        guard mode.allowsBack else { throw Refusal("'back' is for practice; in \(mode.rawValue) mode every answer stands.") }
        var earlier = session
        do throws(Session.Failure) { try earlier.undo() } catch { throw Refusal("There is nothing to take back yet.") }
        try save(earlier.nodeID, kind: .back, input: "")
        session = earlier
    }

    /// A nudge about the current node: its stage's description and its discussion prompt.
    /// - Throws: `Refusal` outside practice.
    public func hint() throws -> [String] {
        guard mode.allowsHints else { throw Refusal("Hints are for practice mode.") }
        guard let node = session.node else { return [] }
        var lines: [String] = []
        if let stage = node.stage, let description = library.workflow[stage]?.description {
            lines.append("Hint — \(library.workflow[stage]?.title ?? stage.rawValue): \(description)")
        }
        if let prompt = node.prompt { lines.append("Think about: \(prompt)") }
        return lines
    }

    /// A supervisor's note on the current step.
    /// - Throws: `Refusal` outside supervision.
    public func note(_ text: String) throws {
        guard mode == .supervision, let supervisor = attempt.supervisor else { throw Refusal("Notes are for supervision mode.") }
        _ = try store.addNote(attemptID: attempt.id, nodeID: session.nodeID, author: supervisor, text: text, at: Date())
    }

    /// A supervisor's mark for the last record answer.
    /// - Returns: the node of the record marked.
    /// - Throws: `Refusal` outside supervision or before any record answer.
    public func override(percent: Double, reason: String) throws -> String {
        guard mode == .supervision, let supervisor = attempt.supervisor else { throw Refusal("Overrides are for supervision mode.") }
        guard let last = session.steps.last(where: { if case .record = $0.answer { true } else { false } }) else {
            throw Refusal("There is no record answer to override yet.")
        }
        _ = try store.overrideScore(attemptID: attempt.id, nodeID: last.node, percent: percent, reason: reason, author: supervisor, at: Date())
        return last.node
    }

    /// Scores the stored answers, not this session's memory of them, and completes the attempt:
    /// the result stored is always the one a replay of the transcript gives (`records verify`
    /// checks that), and if they ever part, the attempt is left unfinished rather than finished on
    /// answers that were not kept.
    /// - Throws: `TrainingFailure` when the session is not at an ending or the stored answers differ.
    public func finish() throws -> AttemptResult {
        let stored = try store.answers(attemptID: attempt.id)
        let replay: AnswerReplay
        do throws(AnswerReplay.Failure) {
            replay = try AnswerReplay(stored, scenario: session.scenario, escalations: session.escalations)
        } catch {
            throw TrainingFailure("attempt \(attempt.id.prefix(8)) was not finished: \(error.description)")
        }
        guard replay.session.steps == session.steps, let result = replay.result(by: library.scorer, overrides: try store.overrides(attemptID: attempt.id)) else {
            throw TrainingFailure("attempt \(attempt.id.prefix(8)) was not finished: its stored answers are not the ones given in this session")
        }
        let json = String(decoding: try JSONEncoder().encode(result), as: UTF8.self)
        do {
            try store.finish(attemptID: attempt.id, outcome: result.competent ? .competent : .notYetCompetent, percent: result.percent, resultJSON: json, at: Date(), lease: lease)
        } catch let error as RecordError {
            throw TrainingFailure(error.description)
        }
        return result
    }

    /// Commits one row under this session's lease; a lease another session took over ends the attempt here.
    private func save(_ nodeID: String, kind: RecordedAnswer.Kind, input: String) throws {
        do {
            _ = try store.appendAnswer(attemptID: attempt.id, nodeID: nodeID, kind: kind, input: input, at: Date(), lease: lease)
        } catch let error as RecordError {
            throw TrainingFailure(error.description)
        }
    }

    /// The attempt's lease for this session; another session's holding it is the trainee's to sort out.
    private static func hold(_ attempt: Attempt, in store: RecordStore) throws -> AttemptLease {
        do {
            return try store.takeLease(attemptID: attempt.id)
        } catch let error as RecordError {
            throw TrainingFailure(error.description)
        }
    }
}
