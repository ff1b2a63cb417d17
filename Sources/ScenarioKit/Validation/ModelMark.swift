/// How a `record` node's model answer scores on its own rubric, for the `SD063` check and `analyse`.
public struct ModelMark: Sendable, Hashable, Codable {
    /// 0 to 100.
    public var percent: Double
    /// The labels of the rubric elements the model does not state.
    public var missing: [String]
    /// The labels of the weakening phrases it uses.
    public var weakening: [String]

    public init(percent: Double, missing: [String], weakening: [String]) {
        self.percent = percent
        self.missing = missing
        self.weakening = weakening
    }
}
