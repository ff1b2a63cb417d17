/// A command typed at a scenario prompt instead of an answer.
enum ScenarioCommand: Equatable {
    case facts, stage, help, back, hint, quit
    case note(String)
    /// `override PERCENT REASON`: a supervisor's mark for the last record answer.
    case override(percent: Double, reason: String)

    static let words = ["facts", "stage", "help", "back", "hint", "note", "override", "quit"]

    /// The command `line` spells, or nil when it is not a command (so it may be an answer).
    init?(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: " ", maxSplits: 1).map(String.init)
        guard let word = parts.first?.lowercased() else { return nil }
        let rest = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        switch word {
        case "facts" where rest.isEmpty: self = .facts
        case "stage" where rest.isEmpty: self = .stage
        case "help" where rest.isEmpty, "?" where rest.isEmpty: self = .help
        case "back" where rest.isEmpty: self = .back
        case "hint" where rest.isEmpty: self = .hint
        case "quit" where rest.isEmpty, "exit" where rest.isEmpty: self = .quit
        case "note" where !rest.isEmpty: self = .note(rest)
        case "override":
            let pieces = rest.split(separator: " ", maxSplits: 1).map(String.init)
            guard pieces.count == 2, let percent = Double(pieces[0].replacingOccurrences(of: "%", with: "")), (0...100).contains(percent) else { return nil }
            self = .override(percent: percent, reason: pieces[1])
        default: return nil
        }
    }
}
