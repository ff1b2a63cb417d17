extension Attempt {
    /// The judgement on a completed attempt, as the workflow's pass rules gave it.
    public enum Outcome: String, Codable, Sendable, Hashable, CaseIterable {
        case competent
        case notYetCompetent = "not_yet_competent"
    }
}
