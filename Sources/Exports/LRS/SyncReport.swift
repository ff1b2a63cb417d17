/// What one run of `safedrill sync` did, or on a dry run would do.
public struct SyncReport: Codable, Sendable, Hashable {
    /// One statement that did not go, and why.
    public struct Problem: Codable, Sendable, Hashable {
        /// The statement's id.
        public var statement: String
        /// Its verb's id, to say what kind of step it was.
        public var verb: String
        /// The LRS's reason (with its HTTP status), or each xAPI rule the statement breaks.
        public var reasons: [String]
    }

    /// The LRS's normalised endpoint address.
    public var lrs: String
    /// True when nothing was sent: `sent` counts what would have been.
    public var dryRun: Bool
    /// Statements the LRS accepted in this run.
    public var sent: Int
    /// Statements remembered as accepted by this LRS in an earlier run, or that it already held
    /// (409): not sent again.
    public var alreadyDelivered: Int
    /// Statements the LRS rejected, with its reasons; they are tried again next run.
    public var rejected: [Problem]
    /// Statements SafeDrill's own xAPI 1.0.3 check refused, so they were never sent.
    public var refused: [Problem]
    /// Statements left unsent because the LRS stopped answering.
    public var notSent: Int
    /// Why the run stopped early, if it did.
    public var stopped: String?

    enum CodingKeys: String, CodingKey {
        case lrs, sent, rejected, refused, stopped
        case dryRun = "dry_run"
        case alreadyDelivered = "already_delivered"
        case notSent = "not_sent"
    }

    /// True when every statement is where it should be: nothing rejected, refused or left.
    public var isComplete: Bool { rejected.isEmpty && refused.isEmpty && notSent == 0 && stopped == nil }
}
