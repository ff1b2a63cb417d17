import Foundation
import ThresholdEngine

/// Asks the policy's questions at the terminal (readline) or from piped lines, re-asking after an
/// answer that is not allowed, until no answer could change the decision or input ends.
struct DecisionQuestions {
    let style: Style
    /// With `--json`, questions go to standard error so standard output stays pure JSON.
    let toStandardError: Bool

    func ask(policy: Policy, at clock: Date) -> Facts {
        let reader = LineReader()
        var interview = FactInterview(policy: policy)
        say(style.wrap("\(policy.title). Answer what you know: press Enter to leave a question unknown, ? for help."))
        while let definition = interview.nextQuestion(at: clock) {
            say("")
            say(style.wrap(style.bold(definition.question.isEmpty ? definition.id : definition.question)))
            say(style.dim(style.wrap(Self.choices(for: definition), indent: 2, hanging: 2)))
            while true {
                // Answers may be personal: never kept in the readline history.
                let line: String
                switch reader.read(prompt: "> ") {
                case .line(let text):
                    line = text
                    // Piped answers are not echoed by a terminal: show them, so the transcript reads as asked.
                    if !reader.isInteractive { say("> " + text) }
                // Ctrl-C or the end of input: stop asking and decide on what is known so far.
                case .interrupted, .end:
                    say("")
                    return interview.facts
                case .terminated(let signal): Foundation.exit(128 + signal)
                }
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed == "?" || trimmed.lowercased() == "help" {
                    say(style.wrap(definition.help.isEmpty ? FactAnswer.allowed(for: definition) : definition.help, indent: 2, hanging: 0))
                    continue
                }
                switch FactAnswer.read(line, for: definition, now: clock) {
                case .success(let value):
                    interview.answer(definition.id, with: value)
                case .failure(let rejection):
                    say(style.wrap(rejection.allowed, indent: 2))
                    continue
                }
                break
            }
        }
        say("")
        return interview.facts
    }

    /// The answers on offer, in one short line.
    static func choices(for definition: FactDefinition) -> String {
        switch definition.type {
        case .bool: return "yes / no"
        case .number: return "a number"
        case .datetime: return "a date and time such as 2026-03-14T02:10:00Z, or now"
        case .enum: return definition.values.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: " / ")
        case .set: return "any of: " + definition.values.joined(separator: ", ") + " (comma separated), or none"
        }
    }

    private func say(_ text: String) {
        let line = Data(TerminalText.safe(text + "\n").utf8)
        (toStandardError ? FileHandle.standardError : FileHandle.standardOutput).write(line)
    }
}
