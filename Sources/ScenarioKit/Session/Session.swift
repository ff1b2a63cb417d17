import ThresholdEngine

/// One play-through of a scenario as a pure state machine: where the trainee is, what is known, and
/// every answer so far. No I/O: the REPL, scripted play, resume and the tests all drive it alike.
public struct Session: Sendable {
    /// One answered node, with the facts known when it was answered.
    public struct Step: Sendable, Hashable {
        public var node: String
        public var answer: Answer
        public var facts: Facts
    }

    public enum Failure: Error, Sendable, Hashable {
        case finished
        case wrongKind(expected: String)
        case notAvailable(String)
        case unknownItems([String])
        case nothingToUndo
    }

    public let scenario: Scenario
    /// The escalation ids an `escalate` answer may name, in policy order.
    public let escalations: [String]
    public private(set) var nodeID: String
    /// Start facts plus every `reveal` on the path so far, the current node's included.
    public private(set) var facts: Facts
    public private(set) var steps: [Step] = []

    public init(scenario: Scenario, escalations: [String]) {
        self.scenario = scenario
        self.escalations = escalations
        nodeID = scenario.start
        facts = scenario.facts.merging(scenario[scenario.start]?.reveal ?? Facts())
    }

    /// Rebuilds a session by replaying stored answers; stops at the first answer that no longer fits.
    public init(scenario: Scenario, escalations: [String], replaying answers: [Answer]) throws(Failure) {
        self.init(scenario: scenario, escalations: escalations)
        for answer in answers { try self.answer(answer) }
    }

    public var node: ScenarioNode? { scenario[nodeID] }

    public var isFinished: Bool {
        if case .ending? = node?.kind { return true }
        return false
    }

    /// The choices shown at the current node: those whose `when` holds (unknown counts as not shown).
    public var availableChoices: [Choice] {
        guard case .choices(let choices)? = node?.kind else { return [] }
        let context = SessionContext(facts: facts, steps: steps, current: nodeID)
        return choices.filter { $0.when.map { $0.evaluate(in: context) == .true } ?? true }
    }

    /// Records `answer` at the current node and moves on, learning the next node's facts.
    public mutating func answer(_ answer: Answer) throws(Failure) {
        guard let node, !isFinished else { throw .finished }
        let next: String
        switch (node.kind, answer) {
        case (.choices, .choice(let id)):
            guard let choice = availableChoices.first(where: { $0.id == id }) else { throw .notAvailable(id) }
            next = choice.goto
        case (.escalate(_, let goto), .escalate(let ids)):
            let unknown = ids.filter { !escalations.contains($0) }
            guard unknown.isEmpty else { throw .unknownItems(unknown.sorted()) }
            next = goto
        case (.disclose(let disclosure, let goto), .disclose(let ids)):
            let unknown = ids.filter { id in !disclosure.items.contains { $0.id == id } }
            guard unknown.isEmpty else { throw .unknownItems(unknown.sorted()) }
            next = goto
        case (.record(_, let goto), .record):
            next = goto
        default:
            throw .wrongKind(expected: node.kind.name)
        }
        steps.append(Step(node: nodeID, answer: answer, facts: facts))
        nodeID = next
        facts = facts.merging(scenario[next]?.reveal ?? Facts())
    }

    /// Takes back the last answer: the trainee is at that node again, knowing what they knew then.
    public mutating func undo() throws(Failure) {
        guard let last = steps.popLast() else { throw .nothingToUndo }
        nodeID = last.node
        facts = last.facts
    }
}

extension ScenarioNode.Kind {
    /// `choices`, `escalate`, `disclose`, `record` or `ending`.
    public var name: String {
        switch self {
        case .choices: "choices"
        case .escalate: "escalate"
        case .disclose: "disclose"
        case .record: "record"
        case .ending: "ending"
        }
    }
}
