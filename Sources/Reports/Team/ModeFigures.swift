/// Counted attempts played in one mode: how many, how many were Competent, their mean score.
public struct ModeFigures: Sendable, Hashable {
    public var attempts: Int
    public var competent: Int
    /// Mean overall score, 0 to 100; nil with no attempts.
    public var meanPercent: Double?

    /// No attempts.
    public static let none = ModeFigures(attempts: 0, competent: 0, meanPercent: nil)

    /// Figures as counted: `competent` of `attempts`, and their mean score.
    public init(attempts: Int, competent: Int, meanPercent: Double?) {
        self.attempts = attempts
        self.competent = competent
        self.meanPercent = meanPercent
    }

    /// Competent attempts as a share of all of them, 0 to 1; nil with no attempts.
    public var passRate: Double? { attempts == 0 ? nil : Double(competent) / Double(attempts) }

    /// Both sets of attempts together, the mean weighted by attempts.
    public static func + (lhs: ModeFigures, rhs: ModeFigures) -> ModeFigures {
        let attempts = lhs.attempts + rhs.attempts
        let total = (lhs.meanPercent ?? 0) * Double(lhs.attempts) + (rhs.meanPercent ?? 0) * Double(rhs.attempts)
        return ModeFigures(attempts: attempts, competent: lhs.competent + rhs.competent, meanPercent: attempts == 0 ? nil : total / Double(attempts))
    }
}
