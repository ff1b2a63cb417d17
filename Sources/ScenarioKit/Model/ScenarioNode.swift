import ThresholdEngine

/// One step of a scenario: what the trainee reads, and what they must do there.
public struct ScenarioNode: Sendable, Hashable, Identifiable {
    public var id: String
    /// Nil only for endings.
    public var stage: WorkflowStage?
    public var text: String
    /// Facts learnt on arriving at this node.
    public var reveal: Facts
    /// A discussion prompt for supervision mode.
    public var prompt: String?
    public var kind: Kind
    /// Where the node is declared, for diagnostics.
    public var location: SourceLocation

    public init(id: String, stage: WorkflowStage?, text: String, reveal: Facts, prompt: String?, kind: Kind, location: SourceLocation) {
        self.id = id
        self.stage = stage
        self.text = text
        self.reveal = reveal
        self.prompt = prompt
        self.kind = kind
        self.location = location
    }

    public enum Kind: Sendable, Hashable {
        case choices([Choice])
        /// The trainee picks escalations; the threshold engine decides which were needed.
        case escalate(prompt: String, goto: String)
        case disclose(Disclosure, goto: String)
        case record(RecordTask, goto: String)
        case ending(EndingKind, debrief: String)
    }

    /// True for every node where the trainee answers something.
    public var isDecision: Bool {
        if case .ending = kind { return false }
        return true
    }

    /// The nodes this one can lead to, in order.
    public var successors: [String] {
        switch kind {
        case .choices(let choices): choices.map(\.goto)
        case .escalate(_, let goto), .disclose(_, let goto), .record(_, let goto): [goto]
        case .ending: []
        }
    }
}

/// One option at a `choices` node.
public struct Choice: Sendable, Hashable, Identifiable {
    public var id: String
    public var text: String
    public var points: Double
    public var feedback: String
    public var goto: String
    /// Why this is a never-event, when it is one.
    public var critical: String?
    /// Shown only when this holds (facts and earlier answers).
    public var when: Condition?
    public var location: SourceLocation

    public init(id: String, text: String, points: Double, feedback: String, goto: String, critical: String?, when: Condition?, location: SourceLocation) {
        self.id = id
        self.text = text
        self.points = points
        self.feedback = feedback
        self.goto = goto
        self.critical = critical
        self.when = when
        self.location = location
    }
}

/// What to share with whom, scored on the minimum necessary.
public struct Disclosure: Sendable, Hashable {
    public var recipient: String
    public var items: [Item]

    public init(recipient: String, items: [Item]) {
        self.recipient = recipient
        self.items = items
    }

    public struct Item: Sendable, Hashable, Identifiable {
        public var id: String
        public var text: String
        public var needed: Bool

        public init(id: String, text: String, needed: Bool) {
            self.id = id
            self.text = text
            self.needed = needed
        }
    }
}

/// A free-text record (a timeline entry, a disclosure record) scored by a rubric.
public struct RecordTask: Sendable, Hashable {
    public var prompt: String
    /// A rubric id from `Scoring/recording.yaml`.
    public var rubric: String
    /// An exemplary answer: shown in the debrief, and the best path's answer.
    public var model: String

    public init(prompt: String, rubric: String, model: String) {
        self.prompt = prompt
        self.rubric = rubric
        self.model = model
    }
}

/// How a scenario ends.
public enum EndingKind: String, Sendable, Hashable, Codable, CaseIterable {
    case good, mixed, poor
}
