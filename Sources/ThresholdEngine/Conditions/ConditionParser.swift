import Yams

/// A mistake in a condition, at an offset (in Unicode scalars) inside the condition's text.
public struct ConditionSyntaxError: Error, Sendable, Hashable {
    public var offset: Int
    /// `SD020` for syntax, `SD010` unknown fact, `SD012` value not allowed, `SD013` type mismatch, `SD021` bad predicate.
    public var code: String
    public var message: String
    public var hint: String

    public init(offset: Int, code: String = "SD020", message: String, hint: String = "") {
        self.offset = offset
        self.code = code
        self.message = message
        self.hint = hint
    }
}

/// Parses and type-checks `when` conditions against a fact schema (grammar in `docs/formats.md`).
public struct ConditionParser: Sendable {
    public let schema: FactSchema
    /// Host predicates and their number of arguments, e.g. `["chose": 2, "visited": 1]`. `known` is built in.
    public let predicates: [String: Int]

    public init(schema: FactSchema, predicates: [String: Int] = [:]) {
        self.schema = schema
        self.predicates = predicates
    }

    public func parse(_ text: String) throws(ConditionSyntaxError) -> Condition {
        var state = State(tokens: try ConditionLexer.tokens(text), parser: self)
        let condition = try state.parseOr()
        guard case .end = state.current.kind else {
            throw ConditionSyntaxError(offset: state.current.offset, message: "unexpected \(state.describe(state.current))", hint: "join conditions with 'and' or 'or'")
        }
        return condition
    }

    /// Parses the condition held by a YAML scalar, reporting any mistake at its exact line and column.
    public func parse(_ node: Node, in document: YAMLDocument, diagnostics: inout DiagnosticList) -> Condition? {
        guard let scalar = node.scalar else {
            diagnostics.error("SD004", "a condition must be a single line of text", hint: "quote it if it contains ':' or '#'", at: document.location(of: node))
            return nil
        }
        do {
            return try parse(scalar.string)
        } catch {
            diagnostics.error(error.code, error.message, hint: error.hint, at: document.location(ofOffset: error.offset, in: node))
            return nil
        }
    }
}

private struct State {
    /// The most `not`s and parentheses a condition may nest: the parser, and every walk of the
    /// condition after it, recurses once per level, and `((((…` sixty thousand deep overflowed the
    /// stack. The bundled policy nests 4 deep.
    static let deepestNesting = 64

    let tokens: [ConditionToken]
    let parser: ConditionParser
    var position = 0
    var depth = 0

    init(tokens: [ConditionToken], parser: ConditionParser) {
        self.tokens = tokens
        self.parser = parser
    }

    var current: ConditionToken { tokens[position] }
    var schema: FactSchema { parser.schema }

    mutating func advance() -> ConditionToken {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    func isKeyword(_ word: String, _ token: ConditionToken? = nil) -> Bool {
        if case .name(let name) = (token ?? current).kind { return name == word }
        return false
    }

    func describe(_ token: ConditionToken) -> String {
        switch token.kind {
        case .name(let name): "'\(name)'"
        case .number(let number): "number \(FactValue.number(number).text)"
        case .string(let text): "'\(text)'"
        case .comparison(let op): "'\(op.rawValue)'"
        case .leftParen: "'('"
        case .rightParen: "')'"
        case .leftBracket: "'['"
        case .rightBracket: "']'"
        case .comma: "','"
        case .end: "end of condition"
        }
    }

    mutating func parseOr() throws(ConditionSyntaxError) -> Condition {
        var parts = [try parseAnd()]
        while isKeyword("or") {
            _ = advance()
            parts.append(try parseAnd())
        }
        return parts.count == 1 ? parts[0] : .or(parts)
    }

    mutating func parseAnd() throws(ConditionSyntaxError) -> Condition {
        var parts = [try parseUnary()]
        while isKeyword("and") {
            _ = advance()
            parts.append(try parseUnary())
        }
        return parts.count == 1 ? parts[0] : .and(parts)
    }

    mutating func parseUnary() throws(ConditionSyntaxError) -> Condition {
        if isKeyword("not") {
            let token = advance()
            return .not(try deeper(at: token) { state throws(ConditionSyntaxError) in try state.parseUnary() })
        }
        return try parsePrimary()
    }

    /// Parses one level deeper, after a `not` or inside parentheses; `SD020` at `token` past the limit.
    mutating func deeper(at token: ConditionToken, _ parse: (inout State) throws(ConditionSyntaxError) -> Condition) throws(ConditionSyntaxError) -> Condition {
        guard depth < Self.deepestNesting else {
            throw ConditionSyntaxError(
                offset: token.offset, message: "the condition nests more than \(Self.deepestNesting) 'not's and parentheses deep",
                hint: "write it more simply, or split it into several rules")
        }
        depth += 1
        defer { depth -= 1 }
        return try parse(&self)
    }

    mutating func parsePrimary() throws(ConditionSyntaxError) -> Condition {
        let token = current
        switch token.kind {
        case .leftParen:
            _ = advance()
            let inner = try deeper(at: token) { state throws(ConditionSyntaxError) in try state.parseOr() }
            guard case .rightParen = current.kind else {
                throw ConditionSyntaxError(offset: current.offset, message: "expected ')' but found \(describe(current))", hint: "close the parenthesis opened at column \(token.offset + 1) of the condition")
            }
            _ = advance()
            return inner
        case .name(let name) where name == "true" || name == "false":
            _ = advance()
            if case .comparison = current.kind { return try parseComparison(left: token) }
            return .constant(name == "true")
        case .name(let name) where ["and", "or", "in"].contains(name):
            throw ConditionSyntaxError(offset: token.offset, message: "'\(name)' needs a condition before it", hint: "write e.g. 'imminent_harm \(name == "in" ? "in [a, b]" : "\(name) repeated")'")
        case .name(let name):
            if case .leftParen = tokens[position + 1].kind { return try parsePredicate(name: name, at: token) }
            return try parseComparison(left: token)
        case .number, .string:
            return try parseComparison(left: token)
        case .end:
            throw ConditionSyntaxError(offset: token.offset, message: "the condition ends too early", hint: "finish the condition after the last 'and', 'or' or 'not'")
        default:
            throw ConditionSyntaxError(offset: token.offset, message: "unexpected \(describe(token))", hint: "a condition starts with a fact, 'not', 'known(...)' or '('")
        }
    }

    mutating func parsePredicate(name: String, at token: ConditionToken) throws(ConditionSyntaxError) -> Condition {
        _ = advance()
        _ = advance()
        var arguments: [(String, ConditionToken)] = []
        while true {
            let argument = current
            if case .rightParen = argument.kind, arguments.isEmpty { break }
            switch argument.kind {
            case .name(let text), .string(let text): arguments.append((text, argument))
            default: throw ConditionSyntaxError(offset: argument.offset, message: "expected a name but found \(describe(argument))", hint: "write \(name)(a, b)")
            }
            _ = advance()
            if case .comma = current.kind { _ = advance(); continue }
            break
        }
        guard case .rightParen = current.kind else {
            throw ConditionSyntaxError(offset: current.offset, message: "expected ')' but found \(describe(current))", hint: "separate the arguments of '\(name)' with commas and close with ')'")
        }
        _ = advance()
        if name == "known" {
            guard arguments.count == 1 else {
                throw ConditionSyntaxError(offset: token.offset, code: "SD021", message: "'known' takes one fact", hint: "write known(has_capacity)")
            }
            return .known(try reference(arguments[0].0, at: arguments[0].1))
        }
        guard let arity = parser.predicates[name] else {
            let names = ["known"] + parser.predicates.keys.sorted()
            throw ConditionSyntaxError(offset: token.offset, code: "SD021", message: "unknown predicate '\(name)'", hint: Suggestion.hint(for: name, in: names, noun: "a predicate"))
        }
        guard arguments.count == arity else {
            throw ConditionSyntaxError(offset: token.offset, code: "SD021", message: "'\(name)' takes \(arity) argument\(arity == 1 ? "" : "s"), not \(arguments.count)")
        }
        return .predicate(name, arguments.map(\.0))
    }

    func reference(_ id: String, at token: ConditionToken) throws(ConditionSyntaxError) -> FactReference {
        guard let slot = schema.slot(of: id) else {
            throw ConditionSyntaxError(offset: token.offset, code: "SD010", message: "unknown fact '\(id)'", hint: Suggestion.hint(for: id, in: schema.ids, noun: "a fact"))
        }
        return FactReference(id: id, slot: slot)
    }

    mutating func parseComparison(left: ConditionToken) throws(ConditionSyntaxError) -> Condition {
        _ = advance()
        if isKeyword("not"), isKeyword("in", tokens[position + 1]) {
            _ = advance()
            _ = advance()
            return .not(try parseMembership(left: left))
        }
        if isKeyword("in") {
            _ = advance()
            return try parseMembership(left: left)
        }
        if case .comparison(let op) = current.kind {
            let opToken = advance()
            let right = advance()
            if case .name(let id) = left.kind, schema[id] != nil {
                return try comparison(fact: left, op, value: right, opToken: opToken)
            }
            if case .name(let id) = right.kind, schema[id] != nil {
                return try comparison(fact: right, op.flipped, value: left, opToken: opToken)
            }
            if case .name(let id) = left.kind { _ = try reference(id, at: left) }
            throw ConditionSyntaxError(offset: left.offset, code: "SD013", message: "a comparison needs a fact on one side", hint: "write e.g. financial_loss_gbp >= 100")
        }
        guard case .name(let id) = left.kind else {
            throw ConditionSyntaxError(offset: current.offset, message: "expected a comparison or 'in' after \(describe(left))", hint: "write e.g. 'financial' in abuse_types")
        }
        let fact = try reference(id, at: left)
        guard let definition = schema[id], definition.type == .bool else {
            let type = schema[id]?.type.rawValue ?? "unknown"
            throw ConditionSyntaxError(offset: left.offset, code: "SD013", message: "'\(id)' is a \(type) fact, not true or false", hint: hintForComparison(of: id))
        }
        return .isTrue(fact)
    }

    func hintForComparison(of id: String) -> String {
        guard let definition = schema[id] else { return "" }
        switch definition.type {
        case .number: return "compare it, e.g. \(id) > 0"
        case .enum: return "compare it, e.g. \(id) == \(definition.values.first ?? "value")"
        case .set: return "test a member, e.g. '\(definition.values.first ?? "value")' in \(id)"
        case .datetime: return "test whether it is known, e.g. known(\(id))"
        case .bool: return ""
        }
    }

    func comparison(fact token: ConditionToken, _ op: Comparison, value: ConditionToken, opToken: ConditionToken) throws(ConditionSyntaxError) -> Condition {
        guard case .name(let id) = token.kind, let definition = schema[id] else { throw ConditionSyntaxError(offset: token.offset, message: "expected a fact") }
        let fact = try reference(id, at: token)
        let literal = try self.literal(value, for: definition)
        switch definition.type {
        case .number: break
        case .bool, .enum:
            guard op == .equal || op == .notEqual else {
                throw ConditionSyntaxError(offset: opToken.offset, code: "SD013", message: "'\(op.rawValue)' compares numbers, but '\(id)' is a \(definition.type.rawValue) fact", hint: "use == or !=")
            }
        case .set, .datetime:
            throw ConditionSyntaxError(offset: opToken.offset, code: "SD013", message: "'\(id)' is a \(definition.type.rawValue) fact and cannot be compared with '\(op.rawValue)'", hint: hintForComparison(of: id))
        }
        return .compare(fact, op, literal)
    }

    mutating func parseMembership(left: ConditionToken) throws(ConditionSyntaxError) -> Condition {
        if case .leftBracket = current.kind {
            guard case .name(let id) = left.kind else {
                throw ConditionSyntaxError(offset: left.offset, code: "SD013", message: "the left of 'in [...]' must be a fact", hint: "write e.g. alleged_perpetrator in [staff, volunteer]")
            }
            let fact = try reference(id, at: left)
            guard let definition = schema[id], [.enum, .number, .set].contains(definition.type) else {
                throw ConditionSyntaxError(offset: left.offset, code: "SD013", message: "'\(id)' is a \(schema[id]?.type.rawValue ?? "") fact and cannot be tested against a list", hint: hintForComparison(of: id))
            }
            _ = advance()
            var values: [FactValue] = []
            while true {
                if case .rightBracket = current.kind, values.isEmpty { break }
                values.append(try literal(advance(), for: definition))
                if case .comma = current.kind { _ = advance(); continue }
                break
            }
            guard case .rightBracket = current.kind else {
                throw ConditionSyntaxError(offset: current.offset, message: "expected ']' but found \(describe(current))", hint: "separate list items with commas and close with ']'")
            }
            _ = advance()
            return .oneOf(fact, values)
        }
        let setToken = advance()
        guard case .name(let setID) = setToken.kind else {
            throw ConditionSyntaxError(offset: setToken.offset, message: "expected a set fact or a list after 'in'", hint: "write e.g. 'financial' in abuse_types")
        }
        let set = try reference(setID, at: setToken)
        guard let definition = schema[setID], definition.type == .set else {
            throw ConditionSyntaxError(offset: setToken.offset, code: "SD013", message: "'\(setID)' is not a set fact", hint: "'x in fact' needs a set fact such as abuse_types; for one value use ==")
        }
        guard case .string(let member) = left.kind else {
            throw ConditionSyntaxError(offset: left.offset, message: "quote the value on the left of 'in'", hint: "write '\(describe(left).trimmingCharacters(in: .init(charactersIn: "'")))' in \(setID)")
        }
        guard definition.values.contains(member) else {
            throw ConditionSyntaxError(offset: left.offset, code: "SD012", message: "'\(member)' is not a value of '\(setID)'", hint: Suggestion.hint(for: member, in: definition.values, noun: "the value"))
        }
        return .contains(set, member)
    }

    func literal(_ token: ConditionToken, for definition: FactDefinition) throws(ConditionSyntaxError) -> FactValue {
        switch (definition.type, token.kind) {
        case (.bool, .name(let word)) where word == "true" || word == "false":
            return .bool(word == "true")
        case (.number, .number(let number)):
            return .number(number)
        case (.enum, .name(let word)), (.enum, .string(let word)), (.set, .name(let word)), (.set, .string(let word)):
            guard definition.values.contains(word) else {
                throw ConditionSyntaxError(offset: token.offset, code: "SD012", message: "'\(word)' is not a value of '\(definition.id)'", hint: Suggestion.hint(for: word, in: definition.values, noun: "the value"))
            }
            return .word(word)
        default:
            let expected = switch definition.type {
            case .bool: "true or false"
            case .number: "a number"
            case .enum, .set: "one of its values"
            case .datetime: "a date"
            }
            throw ConditionSyntaxError(offset: token.offset, code: "SD013", message: "'\(definition.id)' is a \(definition.type.rawValue) fact: expected \(expected), found \(describe(token))", hint: hintForComparison(of: definition.id))
        }
    }
}
