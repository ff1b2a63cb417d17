/// A statement left out of an export because it breaks a rule of xAPI 1.0.3 or SafeDrill's own.
public struct XAPIRefusal: Sendable, Hashable, CustomStringConvertible {
    public var statementID: String
    /// The verb's last word: `answered`, `passed`, …
    public var verb: String
    /// The attempt it belongs to (its `context.registration`).
    public var attemptID: String?
    /// Each rule broken, as `path: what is wrong`.
    public var problems: [String]

    init(statement: XAPIStatement, problems: [String]) {
        statementID = statement.id
        verb = statement.verb.id.split(separator: "/").last.map(String.init) ?? "?"
        attemptID = statement.context?.registration
        self.problems = problems
    }

    /// One line per rule broken, naming the attempt and the statement.
    public var description: String {
        problems.map { "attempt \(attemptID ?? "?"), statement \(statementID) (\(verb)): \($0)" }.joined(separator: "\n")
    }
}
