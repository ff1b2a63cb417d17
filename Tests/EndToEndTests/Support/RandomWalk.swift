import Assessment
import ScenarioKit

/// One random play-through of a scenario as a trainee would type it in practice mode, `back`
/// included, with what a faithful trainer must store for it: the model the property test holds
/// the binary to.
struct RandomWalk {
    /// One stored answer: `node|kind|input`, as `TranscriptTests.storedAnswers` reads them.
    var rows: [String] = []
    /// The lines typed, `quit` last when the walk stops before an ending.
    var lines: [String] = []
    /// The node before each stored answer, and last the node where the walk stopped.
    var path: [String]
    /// The session as the walk leaves it.
    var session: Session

    /// Walks `scenario` for at most `actions` answers or `back`s, taking one back a quarter of the time.
    init(_ scenario: Scenario, escalations: [String], actions: Int, using random: inout SeededRandom) {
        session = Session(scenario: scenario, escalations: escalations)
        path = [session.nodeID]
        for _ in 0..<actions {
            guard !session.isFinished, let node = session.node else { break }
            if random.next() % 4 == 0 {
                lines.append("back")
                // Nothing to take back stores nothing.
                guard (try? session.undo()) != nil else { continue }
                record(node: session.nodeID, kind: "back", input: "")
                continue
            }
            guard let (typed, answer) = Self.answer(at: node, in: session, using: &random) else { break }
            let at = session.nodeID
            guard (try? session.answer(answer)) != nil else { break }
            lines += typed
            record(node: at, kind: answer.kind, input: answer.input)
        }
        if !session.isFinished { lines.append("quit") }
    }

    private mutating func record(node: String, kind: String, input: String) {
        rows.append("\(node)|\(kind)|\(input)")
        path.append(session.nodeID)
    }

    /// What to type at `node`, and the answer it stands for.
    private static func answer(at node: ScenarioNode, in session: Session, using random: inout SeededRandom) -> ([String], Answer)? {
        func subset(_ count: Int) -> [Int] { (0..<count).filter { _ in random.next() % 3 == 0 } }
        switch node.kind {
        case .choices:
            let choices = session.availableChoices
            guard !choices.isEmpty else { return nil }
            let index = Int(random.next() % UInt64(choices.count))
            return (["\(index + 1)"], .choice(choices[index].id))
        case .escalate:
            let picked = subset(session.escalations.count)
            return ([picked.map { "\($0 + 1)" }.joined(separator: " ")], .escalate(Set(picked.map { session.escalations[$0] })))
        case .disclose(let disclosure, _):
            let picked = subset(disclosure.items.count)
            return ([picked.map { "\($0 + 1)" }.joined(separator: ", ")], .disclose(Set(picked.map { disclosure.items[$0].id })))
        case .record:
            let text = ["10:\(10 + random.next() % 50) Spoke with her in the kitchen; she said \"he took my card\".", "Told the on-call manager at once."]
            return (text + [""], .record(text.joined(separator: "\n")))
        case .ending:
            return nil
        }
    }
}
