import ScenarioKit

/// One step of the best path: the node, the answer, and exactly what a trainee types to give it.
public struct BestStep: Sendable, Hashable, Codable {
    public var node: String
    /// What to type, newlines included: `"2\n"`, `"1 3\n"`, or a record's model text then an empty line.
    public var input: String
    /// The answer in words, for the debrief.
    public var summary: String

    enum CodingKeys: String, CodingKey { case node, input }

    public init(node: String, input: String, summary: String) {
        self.node = node
        self.input = input
        self.summary = summary
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        node = try container.decode(String.self, forKey: .node)
        input = try container.decode(String.self, forKey: .input)
        summary = ""
    }
}
