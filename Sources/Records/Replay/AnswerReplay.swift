import ScenarioKit

/// An attempt's stored answers played again through a `Session`, `back` steps included: the one
/// reading of a transcript that `resume`, the exports and `records verify` share, so that what is
/// resumed, what is sent and what is checked are the same attempt.
public struct AnswerReplay: Sendable {
    /// The session as the stored answers leave it.
    public private(set) var session: Session
    /// The node the trainee was at before each stored answer, and last the node they are at now.
    public private(set) var path: [String]
    /// The stored answers that stand, one for each of `session.steps`: every `back` took back the one before it.
    public private(set) var standing: [RecordedAnswer] = []
    /// Stored answers whose node is not where replay had the trainee: a transcript that is not true.
    public private(set) var misplaced: [Misplaced] = []

    /// A stored answer filed under the wrong node.
    public struct Misplaced: Sendable, Hashable, CustomStringConvertible {
        public var seq: Int
        /// The node the store names.
        public var stored: String
        /// The node the trainee was at when it was given (for `back`, the node it returned to).
        public var replayed: String

        public var description: String {
            "answer \(seq) is stored at '\(stored)' but was given at '\(replayed)'"
        }
    }

    /// A stored answer that does not fit the scenario where replay has got to.
    public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        public var seq: Int
        public var nodeID: String
        public var reason: Session.Failure

        public var description: String {
            let why = switch reason {
            case .finished, .nothingToUndo: "the attempt had already reached its ending"
            case .wrongKind(let expected): "that node takes \(expected)"
            case .notAvailable(let id): "'\(id)' is not a choice there"
            case .unknownItems(let ids): "it names \(ids.map { "'\($0)'" }.joined(separator: ", ")), not options there"
            }
            return "answer \(seq) does not fit node '\(nodeID)' of the stored scenario: \(why)"
        }
    }

    /// Replays `answers` in order on `scenario`. A `back` takes back the answer before it, as it
    /// did live; one with nothing to take back changes nothing.
    /// - Throws: `Failure` at the first answer the session refuses.
    public init(_ answers: [RecordedAnswer], scenario: Scenario, escalations: [String]) throws(Failure) {
        session = Session(scenario: scenario, escalations: escalations)
        path = [session.nodeID]
        for answer in answers {
            let at = session.nodeID
            if answer.kind == .back {
                do throws(Session.Failure) {
                    try session.undo()
                    standing.removeLast()
                } catch {
                    // Nothing to take back: as live, the `back` changes nothing.
                }
                if answer.nodeID != session.nodeID { misplaced.append(Misplaced(seq: answer.seq, stored: answer.nodeID, replayed: session.nodeID)) }
            } else {
                if answer.nodeID != at { misplaced.append(Misplaced(seq: answer.seq, stored: answer.nodeID, replayed: at)) }
                guard let given = Answer(kind: answer.kind.rawValue, input: answer.input) else { continue }
                do throws(Session.Failure) { try session.answer(given) } catch {
                    throw Failure(seq: answer.seq, nodeID: at, reason: error)
                }
                standing.append(answer)
            }
            path.append(session.nodeID)
        }
    }
}
