/// The team's attempts started in one calendar month (UTC).
public struct MonthlyTrend: Sendable, Hashable {
    /// `YYYY-MM`.
    public var month: String
    public var attempts: Int
    public var meanPercent: Double
    /// 0 to 1.
    public var passRate: Double
}
