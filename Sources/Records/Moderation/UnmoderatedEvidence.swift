import Foundation

/// A completed assessment-mode attempt whose free-text (`record`) answers no assessor or
/// supervisor has moderated yet: until they are, their marks are provisional and the attempt is
/// not sound evidence for a sign-off.
public struct UnmoderatedEvidence: Sendable, Hashable {
    public var attemptID: String
    public var trainee: String
    public var scenarioID: String
    /// The assessor named on the attempt, if any.
    public var supervisor: String?
    public var finishedAt: Date
    /// The nodes whose free-text answers await moderation, in the order they were answered.
    public var nodeIDs: [String]
}
