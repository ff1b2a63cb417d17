/// Why the person register refused a request. Each message says what to do instead.
public enum PeopleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No one is called this (or has this staff number); `suggestions` are the close names.
    case unknown(String, suggestions: [String])
    /// Several people's names start with what was typed.
    case ambiguous(String, candidates: [String])
    /// Someone else already has this name (compared by `Person.comparisonKey(_:)`).
    case nameTaken(String)
    /// Someone else already has this staff number.
    case staffNumberTaken(String, holder: String)
    /// A merge of people registered with different roles, without saying the role may change.
    case rolesDiffer(from: String, fromRole: Person.Role, into: String, intoRole: Person.Role)
    /// A merge or rename that names the same person twice.
    case samePerson(String)
    /// Someone named to supervise, assess or sign off who is not registered in a role that may.
    case notStaff(String, role: Person.Role)
    /// The trainee named as their own supervisor or assessor.
    case selfSupervision(String)

    public var description: String {
        switch self {
        case .unknown(let name, let suggestions):
            "no one called '\(name)' in the records" + (suggestions.isEmpty
                ? ": 'safedrill people list' shows who is registered, 'safedrill people add' registers someone"
                : "; did you mean: \(suggestions.joined(separator: ", "))?")
        case .ambiguous(let name, let candidates):
            "'\(name)' could be any of \(candidates.joined(separator: ", ")): give more of the name"
        case .nameTaken(let name):
            "\(name) is already registered: 'safedrill people merge' joins two records of one person"
        case .staffNumberTaken(let number, let holder):
            "staff number \(number) belongs to \(holder) already"
        case .rolesDiffer(let from, let fromRole, let into, let intoRole):
            "\(from) is registered as \(fromRole.rawValue) and \(into) as \(intoRole.rawValue): merge with --change-role to keep \(into)'s role"
        case .samePerson(let name):
            "both names are \(name): nothing to do"
        case .notStaff(let name, let role):
            "\(name) is registered as \(role.rawValue), not as supervisor, assessor or lead: "
                + "'safedrill people add NAME --role supervisor' registers a supervisor"
        case .selfSupervision(let name):
            "\(name) cannot supervise or assess their own attempt: name someone else"
        }
    }
}
