import Foundation
import Records
import ScenarioKit

/// An attempt's answers replayed against the scenario source stored with it: each answer beside
/// the node it answered, with a chosen option's number turned back into its words. Shared by
/// `records show` and the trainee report, so both say the same thing about the same attempt.
public struct AttemptTranscript: Sendable, Hashable {
    /// One answer in the order given.
    public struct Line: Sendable, Hashable {
        public var seq: Int
        public var nodeID: String
        public var kind: RecordedAnswer.Kind
        /// The node's text, or a note that the stored scenario has no such node.
        public var nodeText: String
        /// What the trainee gave, in words.
        public var given: String

        /// The first line of the node's text: enough to recognise the step.
        public var heading: String { nodeText.split(separator: "\n").first.map(String.init) ?? nodeText }
    }

    /// In the order the answers were given.
    public var lines: [Line]

    /// Replays `answers` (in order) against `scenario`, the one the attempt was played on.
    public init(answers: [RecordedAnswer], scenario: Scenario) {
        lines = answers.map { answer in
            let node = scenario[answer.nodeID]
            var given = answer.input
            if case .choices(let choices)? = node?.kind,
                let choice = choices.first(where: { $0.id == answer.input })
                    ?? Int(answer.input).flatMap({ $0 >= 1 && $0 <= choices.count ? choices[$0 - 1] : nil })
            {
                given = choice.text
            }
            return Line(
                seq: answer.seq, nodeID: answer.nodeID, kind: answer.kind,
                nodeText: node?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? "(node not in the stored scenario)",
                given: given.trimmingCharacters(in: .newlines))
        }
    }
}
