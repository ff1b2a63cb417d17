import Assessment
import Foundation
import Records
import ScenarioKit
import Training

/// The terminal side of one attempt: shows each node, reads the trainee's lines and prints what
/// the `AttemptRun` makes of them. The run commits every answer before the next prompt, so a quit,
/// a kill or a lost connection costs nothing already given.
final class PlayLoop {
    enum Outcome: Equatable {
        case finished(competent: Bool)
        /// `quit`, or Ctrl-C and a yes: the attempt stays resumable.
        case left
        /// Ctrl-D or piped input ran out before the end: resumable.
        case inputEnded
        case terminated(Int32)
    }

    private let attempt: AttemptRun
    private let reader: LineReader
    private let style: Style
    private let view: NodeView
    private var session: Session { attempt.session }
    private var library: TrainingLibrary { attempt.library }
    private var mode: PlayMode { attempt.mode }

    init(_ attempt: AttemptRun, reader: LineReader, style: Style) {
        self.attempt = attempt
        self.reader = reader
        self.style = style
        view = NodeView(style: style, workflow: attempt.library.workflow, escalations: attempt.library.policy.escalations.map { ($0.id, $0.label, $0.who) })
    }

    func run() throws -> Outcome {
        while let node = session.node {
            if case .ending(_, let debrief) = node.kind {
                return try finish(at: node, debrief: debrief)
            }
            say("\n" + view.render(node, session: session, mode: mode))
            switch try collectAnswer(at: node) {
            case .answer(let answer):
                if let marked = try attempt.answer(answer) { say(DecisionFeedback(style: style).render(marked.result, critical: marked.critical)) }
            case .moved: continue
            case .stop(let outcome): return outcome
            }
        }
        throw TrainingFailure("the scenario has no node '\(session.nodeID)'")
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

    /// Runs a command; returns a step when the trainee is no longer answering `node`. What the
    /// mode does not allow is said, and the trainee answers on.
    private func perform(_ command: ScenarioCommand, at node: ScenarioNode) throws -> Step? {
        do {
            switch command {
            case .facts:
                say(view.facts(session.facts, schema: library.policy.schema))
            case .stage:
                say(node.stage.map { "You are at " + view.stageLine($0) + "." } ?? "")
            case .help:
                say(view.help(mode: mode))
            case .quit:
                say("Saved. Type 'resume' (or run 'safedrill resume \(attempt.attempt.id.prefix(8))') to carry on from here.")
                return .stop(.left)
            case .back:
                try attempt.back()
                say("Took back your last answer.")
                return .moved
            case .hint:
                for line in try attempt.hint() { say(style.wrap(line)) }
            case .note(let text):
                try attempt.note(text)
                say("Note saved.")
            case .override(let percent, let reason):
                let node = try attempt.override(percent: percent, reason: reason)
                say("The record at '\(node)' is marked \(Int(percent))%: \(reason)")
            }
        } catch let refusal as Refusal {
            say(refusal.description)
        }
        return nil
    }

    /// Finishes the attempt on its stored answers, then shows the ending and the debrief.
    private func finish(at node: ScenarioNode, debrief: String) throws -> Outcome {
        let result = try attempt.finish()
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
        guard attempt.awaitsModeration, let assessor = attempt.attempt.supervisor else { return }
        let later = "Moderate later with 'safedrill records moderate \(attempt.attempt.id.prefix(8)) --as NAME'."
        let question = "The free-text marks are provisional. Moderate them now, as \(assessor)? [y/N] "
        if !reader.isInteractive { say("\n" + question) }
        guard case .line(let answer) = reader.read(prompt: reader.isInteractive ? "\n" + question : ""), answer.lowercased().hasPrefix("y") else {
            return say(later)
        }
        do {
            let sheet = try attempt.moderationSheet()
            guard let judgements = ModerationWalk(reader: reader, style: style).judgements(for: sheet) else {
                return say("Input ended before every element was judged: nothing was moderated. " + later)
            }
            say(ModerationWalk.summary(try attempt.moderate(judgements), before: sheet))
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
