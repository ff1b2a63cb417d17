import Assessment

/// The mark for one answer as the trainee is shown it in practice and supervision.
public struct MarkedAnswer: Sendable {
    public let result: DecisionResult
    /// Never-events the answer committed.
    public let critical: [CriticalError]
}
