import Foundation

/// Where a trainee's latest (not void) sign-off of a pack stands on the day of the report.
public struct RefreshStatus: Sendable, Hashable {
    public var trainee: String
    public var packID: String
    public var refreshDue: Date
    public var state: State

    /// `due` means the refresh date falls within `ReportScope.dueWithinDays` days of the report.
    public enum State: String, Sendable, Hashable {
        case current, due, overdue

        /// The state of a refresh date on the day `scope` was made.
        public init(refreshDue: Date, scope: ReportScope) {
            if refreshDue < scope.madeAt {
                self = .overdue
            } else if refreshDue < scope.madeAt.addingTimeInterval(Double(ReportScope.dueWithinDays) * 86_400) {
                self = .due
            } else {
                self = .current
            }
        }
    }

    public init(trainee: String, packID: String, refreshDue: Date, scope: ReportScope) {
        self.trainee = trainee
        self.packID = packID
        self.refreshDue = refreshDue
        state = State(refreshDue: refreshDue, scope: scope)
    }
}
