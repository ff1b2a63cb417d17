import ThresholdEngine

/// Evaluates a choice's `when`: facts known so far, and the predicates `chose(node, choice)` and
/// `visited(node)` over the answers given.
struct SessionContext: ConditionContext {
    let facts: Facts
    let steps: [Session.Step]
    let current: String

    func value(of fact: FactReference) -> FactValue? { facts[fact.id] }

    func predicate(_ name: String, _ arguments: [String]) -> Truth {
        switch (name, arguments.count) {
        case ("chose", 2):
            return Truth(steps.contains { $0.node == arguments[0] && $0.answer == .choice(arguments[1]) })
        case ("visited", 1):
            return Truth(current == arguments[0] || steps.contains { $0.node == arguments[0] })
        default:
            return .unknown
        }
    }
}
