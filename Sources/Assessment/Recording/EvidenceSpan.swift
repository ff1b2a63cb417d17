/// The words of an answer that met a rubric element (or matched a penalty), and where they are.
public struct EvidenceSpan: Sendable, Hashable, Codable {
    /// The matched words, exactly as written.
    public var text: String
    /// Offset of the first character in the answer, counted in characters (grapheme clusters).
    public var offset: Int
    /// The clause the words were found in, for context.
    public var clause: String

    public init(text: String, offset: Int, clause: String) {
        self.text = text
        self.offset = offset
        self.clause = clause
    }
}
