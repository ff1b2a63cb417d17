/// Why a moderation was refused. Each message says what to do instead.
public enum ModerationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The attempt was not played in assessment mode: its free-text marks are not provisional.
    case notAssessment(attemptID: String, mode: String)
    /// The attempt is still in progress: it has no marks to moderate yet.
    case notFinished(String)
    /// The attempt has no free-text answer.
    case noFreeText(String)
    /// The moderator is not in the records.
    case unknownModerator(String)
    /// The moderator's role may not moderate.
    case roleMayNotModerate(name: String, role: String)
    /// The moderator is the attempt's trainee.
    case ownAttempt(String)
    /// A judgement names a node that is not one of the attempt's free-text answers.
    case unknownAnswer(node: String, answers: [String])
    /// A judgement names an element that is not in the answer's rubric.
    case unknownElement(node: String, element: String, elements: [String])
    /// An answer moderated for the first time must have every element judged.
    case elementsLeftOut(node: String, elements: [String])
    /// The attempt was scored with another policy or other rubrics than those loaded.
    case otherRules(String)
    /// The attempt's stored answers or scenario no longer replay.
    case notReplayable(attemptID: String, detail: String)

    public var description: String {
        switch self {
        case .notAssessment(let id, let mode):
            "attempt \(id.prefix(8)) was played in \(mode) mode: only assessment-mode free text is moderated"
        case .notFinished(let id):
            "attempt \(id.prefix(8)) is not finished: moderate it once it has a result"
        case .noFreeText(let id):
            "attempt \(id.prefix(8)) has no free-text answer: there is nothing to moderate"
        case .unknownModerator(let name):
            "no one called '\(name)' in the records: a moderator must be a registered supervisor, assessor or lead"
        case .roleMayNotModerate(let name, let role):
            "\(name) is registered as \(role): only a supervisor, assessor or lead may moderate"
        case .ownAttempt(let name):
            "\(name) cannot moderate their own attempt: ask a supervisor or assessor"
        case .unknownAnswer(let node, let answers):
            "'\(node)' is not a free-text answer of this attempt: its free-text answers are \(answers.joined(separator: ", "))"
        case .unknownElement(let node, let element, let elements):
            "'\(element)' is not an element of the answer at '\(node)': its elements are \(elements.joined(separator: ", "))"
        case .elementsLeftOut(let node, let elements):
            "the answer at '\(node)' has not been moderated before, so every element needs a judgement: "
                + "add --confirm-all, or --element for \(elements.map { "\(node).\($0)" }.joined(separator: ", "))"
        case .otherRules(let id):
            "attempt \(id.prefix(8)) was scored with another policy or other rubrics than those loaded, so its marks cannot be shown as they were given: "
                + "moderate it with --policy and --rubrics of that version, or have the trainee take the assessment again for fresh evidence"
        case .notReplayable(let id, let detail):
            "attempt \(id.prefix(8)) cannot be moderated: \(detail) ('safedrill records verify' says more)"
        }
    }
}
