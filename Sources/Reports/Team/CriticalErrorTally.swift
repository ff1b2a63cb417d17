/// A never-event and how many counted attempts made it.
public struct CriticalErrorTally: Sendable, Hashable {
    public var scenarioID: String
    /// The error as the scorer describes it.
    public var what: String
    public var times: Int
}
