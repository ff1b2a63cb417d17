/// Checks statements against the rules of xAPI 1.0.3 that SafeDrill's statements touch, and
/// against SafeDrill's own privacy rule, before anything is printed or sent. An LRS such as Ralph
/// checks structure but not every rule (it accepts a `scaled` score of 1.82), so this is the check
/// that counts.
public enum XAPIValidator {
    /// Every rule `statement` breaks, one line each (`path: what is wrong`); empty when it is valid.
    public static func problems(in statement: XAPIStatement) -> [String] {
        var check = XAPIRuleCheck()
        check.statement(statement)
        return check.problems
    }

    /// Every rule any of `statements` breaks, each line naming the statement by id and verb.
    public static func problems(in statements: [XAPIStatement]) -> [String] {
        statements.flatMap { statement in
            let verb = statement.verb.id.split(separator: "/").last.map(String.init) ?? "?"
            return problems(in: statement).map { "statement \(statement.id) (\(verb)): \($0)" }
        }
    }

    /// `statements` split into those that break no rule, in order, and those that do, each with
    /// its rules: an export sends the first and reports the second, rather than refusing everyone's
    /// statements for one attempt's fault.
    public static func check(_ statements: [XAPIStatement]) -> (valid: [XAPIStatement], refused: [XAPIRefusal]) {
        var valid: [XAPIStatement] = []
        var refused: [XAPIRefusal] = []
        for statement in statements {
            let problems = problems(in: statement)
            if problems.isEmpty {
                valid.append(statement)
            } else {
                refused.append(XAPIRefusal(statement: statement, problems: problems))
            }
        }
        return (valid, refused)
    }
}
