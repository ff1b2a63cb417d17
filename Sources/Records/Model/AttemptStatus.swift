extension Attempt {
    /// Whether the attempt can still take answers.
    public enum Status: String, Codable, Sendable, Hashable, CaseIterable {
        case inProgress = "in_progress"
        case completed
    }
}
