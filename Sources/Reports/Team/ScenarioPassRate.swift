/// How a scenario went across the team: attempts, how many were Competent, the mean score.
public struct ScenarioPassRate: Sendable, Hashable {
    public var scenarioID: String
    public var attempts: Int
    public var competent: Int
    public var meanPercent: Double

    /// Competent attempts as a share of all of them, 0 to 1.
    public var passRate: Double { attempts == 0 ? 0 : Double(competent) / Double(attempts) }
}
