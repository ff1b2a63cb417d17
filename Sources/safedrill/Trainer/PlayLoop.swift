import Assessment
import Foundation
import Records
import ScenarioKit
import ThresholdEngine

/// Plays one attempt until it ends or the trainee leaves. Every answer is committed to the records
/// before the next prompt, so a quit, a kill or a lost connection costs nothing already given.
final class PlayLoop {
    enum Outcome: Equatable {
        case finished(competent: Bool)
        /// `quit`, or Ctrl-C and a yes: the attempt stays resumable.
        case left
        /// Ctrl-D or piped input ran out before the end: resumable.
        case inputEnded
        case terminated(Int32)
    }

    private let library: TrainingLibrary
    private let store: RecordStore
    private let attemptID: String
    /// This session's hold on the attempt: every write goes with it, so a second session cannot interleave.
    private let lease: AttemptLease
    private var session: Session
    private let mode: PlayMode
    private let supervisor: String?
    private let reader: LineReader
    private let style: Style
    private let view: NodeView

    init(library: TrainingLibrary, store: RecordStore, attemptID: String, lease: AttemptLease, session: Session, mode: PlayMode,
         supervisor: String?, reader: LineReader, style: Style) {
        self.library = library
        self.store = store
        self.attemptID = attemptID
        self.lease = lease
        self.session = session
        self.mode = mode
        self.supervisor = supervisor
        self.reader = reader
        self.style = style
        view = NodeView(style: style, workflow: library.workflow, escalations: library.policy.escalations.map { ($0.id, $0.label, $0.who) })
    }

    func run() throws -> Outcome {
        while let node = session.node {
            if case .ending(let kind, let debrief) = node.kind {
                return try finish(at: node, kind: kind, debrief: debrief)
            }
            say("\n" + view.render(node, session: session, mode: mode))
            switch try collectAnswer(at: node) {
            case .answer(let answer): try commit(answer)
            case .moved: continue
            case .stop(let outcome): return outcome
            }
        }
        throw ValidationFailure("the scenario has no node '\(session.nodeID)'")
    }

    private enum Step {
        case answer(ScenarioKit.Answer)
        /// `back` put the trainee at another node: show it and read the answer there, not here.
        case moved
        case stop(Outcome)
    }

    /// Reads until the trainee gives a usable answer at `node`, handling scenario commands on the way.
    private func collectAnswer(at node: ScenarioNode) throws -> Step {
        while true {
            let input = reader.read(prompt: promptText(for: node))
            let line: String
            switch input {
            case .line(let text): line = text
            case .end: return .stop(.inputEnded)
            case .terminated(let signal): return .stop(.terminated(signal))
            case .interrupted:
                if confirmLeaving() { return .stop(.left) }
                continue
            }
            if let command = ScenarioCommand(line) {
                if let step = try perform(command, at: node) { return step }
                continue
            }
            switch node.kind {
            case .choices:
                do throws(AnswerParser.Problem) { return .answer(try AnswerParser.choice(line, among: session.availableChoices)) } catch { say(error.description) }
            case .escalate:
                do throws(AnswerParser.Problem) { return .answer(ScenarioKit.Answer.escalate(try AnswerParser.selection(line, among: library.policy.escalations.map(\.id)))) } catch { say(error.description) }
            case .disclose(let disclosure, _):
                do throws(AnswerParser.Problem) { return .answer(ScenarioKit.Answer.disclose(try AnswerParser.selection(line, among: disclosure.items.map(\.id)))) } catch { say(error.description) }
            case .record:
                if line.trimmingCharacters(in: .whitespaces).isEmpty {
                    say("Write at least a line; finish with an empty line.")
                    continue
                }
                return readRecord(firstLine: line)
            case .ending:
                return .stop(.left)
            }
        }
    }

    /// Free text up to an empty line (or the end of input, which also ends the text).
    private func readRecord(firstLine: String) -> Step {
        var lines = [firstLine]
        while true {
            switch reader.read(prompt: reader.isInteractive ? "| " : "") {
            case .line(let text) where text.trimmingCharacters(in: .whitespaces).isEmpty:
                return .answer(ScenarioKit.Answer.record(lines.joined(separator: "\n")))
            case .line(let text): lines.append(text)
            case .end: return .answer(ScenarioKit.Answer.record(lines.joined(separator: "\n")))
            case .terminated(let signal): return .stop(.terminated(signal))
            case .interrupted: return .answer(ScenarioKit.Answer.record(lines.joined(separator: "\n")))
            }
        }
    }

    private func promptText(for node: ScenarioNode) -> String {
        guard reader.isInteractive else { return "" }
        if case .record = node.kind { return "| " }
        return "> "
    }

    private func confirmLeaving() -> Bool {
        guard case .line(let answer) = reader.read(prompt: "Save and leave? You can resume later. [y/N] ") else { return true }
        return answer.lowercased().hasPrefix("y")
    }

    /// Runs a command; returns a step when the trainee is no longer answering `node`.
    private func perform(_ command: ScenarioCommand, at node: ScenarioNode) throws -> Step? {
        switch command {
        case .facts:
            say(view.facts(session.facts, schema: library.policy.schema))
        case .stage:
            say(node.stage.map { "You are at " + view.stageLine($0) + "." } ?? "")
        case .help:
            say(view.help(mode: mode))
        case .quit:
            say("Saved. Type 'resume' (or run 'safedrill resume \(attemptID.prefix(8))') to carry on from here.")
            return .stop(.left)
        case .back:
            guard mode.allowsBack else {
                say("'back' is for practice; in \(mode.rawValue) mode every answer stands.")
                return nil
            }
            var earlier = session
            do throws(Session.Failure) { try earlier.undo() } catch {
                say("There is nothing to take back yet.")
                return nil
            }
            // Stored first, at the node it returns to, as `commit` stores an answer.
            try save(earlier.nodeID, kind: .back, input: "")
            session = earlier
            say("Took back your last answer.")
            return .moved
        case .hint:
            guard mode.allowsHints else {
                say("Hints are for practice mode.")
                return nil
            }
            if let stage = node.stage, let description = library.workflow[stage]?.description {
                say(style.wrap("Hint — \(library.workflow[stage]?.title ?? stage.rawValue): \(description)"))
            }
            if let prompt = node.prompt { say(style.wrap("Think about: \(prompt)")) }
        case .note(let text):
            guard mode == .supervision, let supervisor else {
                say("Notes are for supervision mode.")
                return nil
            }
            _ = try store.addNote(attemptID: attemptID, nodeID: node.id, author: supervisor, text: text, at: Date())
            say("Note saved.")
        case .override(let percent, let reason):
            guard mode == .supervision, let supervisor else {
                say("Overrides are for supervision mode.")
                return nil
            }
            guard let last = session.steps.last(where: { if case .record = $0.answer { true } else { false } }) else {
                say("There is no record answer to override yet.")
                return nil
            }
            _ = try store.overrideScore(attemptID: attemptID, nodeID: last.node, percent: percent, reason: reason, author: supervisor, at: Date())
            say("The record at '\(last.node)' is marked \(Int(percent))%: \(reason)")
        }
        return nil
    }

    /// Stores the answer first, then moves on: what is on screen is always already saved. The
    /// answer is stored at the node the session is at, the one it was given at.
    private func commit(_ answer: ScenarioKit.Answer) throws {
        var next = session
        try next.answer(answer)
        try save(session.nodeID, kind: RecordedAnswer.Kind(rawValue: answer.kind) ?? .choice, input: answer.input)
        session = next
        guard mode.showsFeedback, let step = session.steps.last else { return }
        let (result, critical) = library.scorer.mark(step, in: session.scenario)
        say(DecisionFeedback(style: style).render(result, critical: critical))
    }

    /// Commits one row under this session's lease; a lease another session took over ends the attempt here.
    private func save(_ nodeID: String, kind: RecordedAnswer.Kind, input: String) throws {
        do {
            _ = try store.appendAnswer(attemptID: attemptID, nodeID: nodeID, kind: kind, input: input, at: Date(), lease: lease)
        } catch let error as RecordError {
            throw ValidationFailure(error.description)
        }
    }

    /// Scores the stored answers, not this session's memory of them: the result stored is always
    /// the one a replay of the transcript gives (`records verify` checks that), and if they ever
    /// part, the attempt is left unfinished rather than finished on answers that were not kept.
    private func finish(at node: ScenarioNode, kind: EndingKind, debrief: String) throws -> Outcome {
        let stored = try store.answers(attemptID: attemptID)
        let replay: AnswerReplay
        do throws(AnswerReplay.Failure) {
            replay = try AnswerReplay(stored, scenario: session.scenario, escalations: session.escalations)
        } catch {
            throw ValidationFailure("attempt \(attemptID.prefix(8)) was not finished: \(error.description)")
        }
        guard replay.session.steps == session.steps, let result = replay.result(by: library.scorer, overrides: try store.overrides(attemptID: attemptID)) else {
            throw ValidationFailure("attempt \(attemptID.prefix(8)) was not finished: its stored answers are not the ones given in this session")
        }
        let json = String(decoding: try JSONEncoder().encode(result), as: UTF8.self)
        do {
            try store.finish(attemptID: attemptID, outcome: result.competent ? .competent : .notYetCompetent, percent: result.percent, resultJSON: json, at: Date(), lease: lease)
        } catch let error as RecordError {
            throw ValidationFailure(error.description)
        }
        say("\n" + style.wrap(node.text.trimmingCharacters(in: .whitespacesAndNewlines)))
        let best = library.bestPath(for: session.scenario)
        say(DebriefView(style: style, scorer: library.scorer).render(result, session: session, best: best, debrief: debrief))
        say("Result: \(result.outcomeLabel) (\(Int(result.percent.rounded()))%)")
        try offerModeration()
        return .finished(competent: result.competent)
    }

    /// In an assessment with an assessor named, the free-text marks are provisional: the assessor is
    /// offered to moderate them before leaving (else later, with `records moderate`).
    private func offerModeration() throws {
        guard mode == .assessment, let supervisor, session.steps.contains(where: { if case .record = $0.answer { true } else { false } }) else { return }
        let later = "Moderate later with 'safedrill records moderate \(attemptID.prefix(8)) --as NAME'."
        let question = "The free-text marks are provisional. Moderate them now, as \(supervisor)? [y/N] "
        if !reader.isInteractive { say("\n" + question) }
        guard case .line(let answer) = reader.read(prompt: reader.isInteractive ? "\n" + question : ""), answer.lowercased().hasPrefix("y") else {
            return say(later)
        }
        do {
            let sheet = try store.moderationSheet(attemptID: attemptID, library: library)
            guard let judgements = ModerationWalk(reader: reader, style: style).judgements(for: sheet) else {
                return say("Input ended before every element was judged: nothing was moderated. " + later)
            }
            let written = try store.moderate(attemptID: attemptID, judgements: judgements, moderator: supervisor, library: library, at: Date())
            say(ModerationWalk.summary(written, before: sheet))
        } catch let error as ModerationError {
            say(error.description + ". " + later)
        } catch let error as RecordError {
            say(error.description + ". " + later)
        }
    }

    private func say(_ text: String) {
        print(text)
        fflush(nil)
    }
}

/// A failure worth a clear message rather than a crash.
struct ValidationFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
