import Foundation
import ThresholdEngine

/// Asks the policy's questions at the terminal (readline) or from piped lines, re-asking after an
/// answer that is not allowed, until no answer could change the decision or input ends.
struct DecisionQuestions {
    let style: Style
    /// With `--json`, questions go to standard error so standard output stays pure JSON.
    let toStandardError: Bool
    /// True when the answers are kept as a draft: Ctrl-C then offers to save and leave.
    let savesDrafts: Bool

    /// How an interview stopped.
    enum Outcome {
        /// No answer could change the decision any more.
        case finished(FactInterview)
        /// Input ended first (Ctrl-D, or the end of piped input).
        case ended(FactInterview)
        /// Ctrl-C, and the user chose to save and leave.
        case left(FactInterview)
        /// SIGTERM or SIGHUP.
        case terminated(Int32)
    }

    /// Carries `interview` on; `kept` is called whenever the answers change, to keep them.
    func ask(_ interview: FactInterview, at clock: Date, kept: (FactInterview) throws -> Void = { _ in }) throws -> Outcome {
        let reader = LineReader()
        var interview = interview
        let policy = interview.policy
        var lastKept = (interview.history, interview.facts)
        say(style.wrap("\(policy.title). Answer what you know: press Enter to leave a question unknown; back, skip, facts, why CHANNEL, more and ? work at every question\(savesDrafts ? "; Ctrl-C saves and leaves" : "")."))
        var askEverything = false
        while let step = interview.nextStep(at: clock) ?? (askEverything ? interview.unasked.first.map(FactInterview.Step.question) : nil) {
            if (interview.history, interview.facts) != lastKept {
                try kept(interview)
                lastKept = (interview.history, interview.facts)
            }
            say("")
            switch step {
            case .question(let definition):
                say(style.wrap(style.bold(definition.question.isEmpty ? definition.id : definition.question)))
                say(style.dim(style.wrap(Self.choices(for: definition), indent: 2, hanging: 2)))
            case .concerns(let definitions):
                say(style.wrap(style.bold("Does any of these apply? Type their numbers (1 3), or press Enter for none.")))
                for (index, definition) in definitions.enumerated() {
                    say(style.wrap("\(index + 1) \(definition.question)", indent: 2, hanging: 2))
                }
            }
            asking: while true {
                // Answers may be personal: never kept in the readline history.
                let line: String
                switch reader.read(prompt: "> ") {
                case .line(let text):
                    line = text
                    // Piped answers are not echoed by a terminal: show them, so the transcript reads as asked.
                    if !reader.isInteractive { say("> " + text) }
                case .end:
                    say("")
                    try kept(interview)
                    return .ended(interview)
                case .interrupted:
                    guard savesDrafts else {
                        say("")
                        return .ended(interview)
                    }
                    if case .line(let answer) = reader.read(prompt: "Save the answers so far and leave? [Y/n] "),
                        answer.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("n") {
                        continue asking
                    }
                    try kept(interview)
                    return .left(interview)
                case .terminated(let signal): return .terminated(signal)
                }
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                let words = trimmed.split(separator: " ", maxSplits: 1).map(String.init)
                switch words.first?.lowercased() ?? "" {
                case "?", "help":
                    say(style.wrap(help(for: step), indent: 2, hanging: 0))
                    continue asking
                case "back":
                    if interview.back().isEmpty { say(style.wrap("This is the first question.", indent: 2)) }
                    break asking
                case "skip":
                    for definition in step.definitions { interview.answer(definition.id, with: nil) }
                    break asking
                case "more":
                    askEverything = true
                    say(style.wrap("After these, the questions that cannot change the decision are asked too.", indent: 2))
                    continue asking
                case "facts":
                    say(known(interview.facts, policy: policy))
                    continue asking
                case "why":
                    say(why(words.count > 1 ? words[1] : "", facts: interview.facts, policy: policy, at: clock))
                    continue asking
                case "change":
                    guard words.count > 1, let fact = policy.schema[words[1]] else {
                        say(style.wrap("change takes a fact id; type facts to see them", indent: 2))
                        continue asking
                    }
                    interview.reopen(fact.id)
                    break asking
                default:
                    break
                }
                switch step {
                case .question(let definition):
                    switch FactAnswer.read(line, for: definition, now: clock) {
                    case .success(let value):
                        interview.answer(definition.id, with: value)
                        if case .datetime(let date)? = value { say(style.dim("  = \(IncidentTime.display(date))")) }
                    case .failure(let rejection):
                        say(style.wrap(rejection.allowed, indent: 2))
                        continue asking
                    }
                case .concerns(let definitions):
                    guard let ticked = Self.ticked(trimmed, count: definitions.count) else {
                        say(style.wrap("type the numbers of those that apply, such as 1 3, or press Enter for none", indent: 2))
                        continue asking
                    }
                    interview.answer(definitions.enumerated().map { ($0.element.id, .bool(ticked.contains($0.offset + 1))) })
                }
                break
            }
        }
        say("")
        return .finished(interview)
    }

    /// The numbers typed at a concerns step; empty or `none` for none, nil for anything else.
    static func ticked(_ text: String, count: Int) -> Set<Int>? {
        let lowered = text.lowercased()
        if lowered.isEmpty || lowered == "none" || lowered == "no" { return [] }
        var numbers = Set<Int>()
        for part in lowered.split(whereSeparator: { $0 == " " || $0 == "," }) {
            guard let number = Int(part), (1...count).contains(number) else { return nil }
            numbers.insert(number)
        }
        return numbers
    }

    private func help(for step: FactInterview.Step) -> String {
        let commands = "back: the question before; skip: leave it unknown; change FACT: answer a fact again; facts: what is known; why CHANNEL: the reasons for an escalation so far; more: ask every question."
        guard case .question(let definition) = step else { return commands }
        return (definition.help.isEmpty ? FactAnswer.allowed(for: definition) : definition.help) + "\n" + commands
    }

    /// The facts known so far, one a line, times in local time.
    private func known(_ facts: Facts, policy: Policy) -> String {
        let lines = policy.schema.definitions.compactMap { definition -> String? in
            guard let value = facts[definition.id] else { return nil }
            if case .datetime(let date) = value { return "  \(definition.id): \(IncidentTime.display(date))" }
            return "  \(definition.id): \(value.text)"
        }
        return lines.isEmpty ? "  Nothing is known yet." : lines.joined(separator: "\n")
    }

    /// An escalation's reasons on the facts so far: fired rules as reasons, possible ones apart.
    private func why(_ channel: String, facts: Facts, policy: Policy, at clock: Date) -> String {
        let decision = policy.decide(facts, at: clock)
        let wanted = channel.lowercased()
        let matches = decision.escalations.filter { $0.id == wanted || $0.id.hasPrefix(wanted) && !wanted.isEmpty }
        guard matches.count == 1, let item = matches.first else {
            return style.wrap("why takes one of: " + policy.escalations.map(\.id).joined(separator: ", "), indent: 2, hanging: 2)
        }
        var lines = [style.wrap("\(item.escalation.label): \(item.status.rawValue)", indent: 2, hanging: 2)]
        for rule in item.rules {
            let lead = rule.truth == .true ? "- " : "- If \(rule.findOut.joined(separator: " or ")) were so: "
            lines.append(style.wrap(lead + rule.because + " (" + rule.source + ")", indent: 4, hanging: 2))
        }
        if item.rules.isEmpty { lines.append(style.wrap("No rule asks for it on what is known so far.", indent: 4)) }
        return lines.joined(separator: "\n")
    }

    /// The answers on offer, in one short line.
    static func choices(for definition: FactDefinition) -> String {
        switch definition.type {
        case .bool: return "yes / no"
        case .number: return "a number"
        case .datetime: return "now, 02:10, 2:10am, yesterday 23:40, or 2026-12-04 01:50 (local time)"
        case .enum: return definition.values.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: " / ")
        case .set: return "any of: " + definition.values.joined(separator: ", ") + " (comma separated), or none"
        }
    }

    private func say(_ text: String) {
        let line = Data(TerminalText.safe(text + "\n").utf8)
        (toStandardError ? FileHandle.standardError : FileHandle.standardOutput).write(line)
    }
}

extension FactInterview.Step {
    /// The facts the step asks about.
    var definitions: [FactDefinition] {
        switch self {
        case .question(let definition): [definition]
        case .concerns(let definitions): definitions
        }
    }
}
