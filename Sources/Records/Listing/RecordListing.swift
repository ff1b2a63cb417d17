import Foundation

/// One line of `records list`: an attempt or a sign-off, with whom and what it is about.
public struct RecordListing: Sendable, Hashable, Encodable {
    public enum Kind: String, Sendable, Hashable, Encodable {
        case attempt, signoff
    }

    public var kind: Kind
    public var id: String
    /// The person's name, or "?" when they have been erased.
    public var trainee: String
    /// The scenario of an attempt, the pack of a sign-off.
    public var subject: String
    /// `in_progress`, `competent` or `not_yet_competent` for an attempt; `signed` for a sign-off.
    public var status: String
    /// When the attempt started or the sign-off was signed.
    public var at: Date
    public var percent: Double?
    /// A later record voided this one.
    public var void: Bool
}

/// Which records `records list` shows: every filter given must hold.
public struct RecordQuery: Sendable, Hashable {
    /// What a record's state must be.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        case inProgress = "in_progress", completed, competent
        case notYetCompetent = "not_yet_competent"
        case void, valid
    }

    public var trainee: String?
    /// Only attempts at this scenario (so no sign-offs).
    public var scenario: String?
    /// Only sign-offs of this pack (so no attempts).
    public var pack: String?
    /// Only records from this moment on.
    public var since: Date?
    public var status: Status?
    /// Only records whose id starts with this (compared in lowercase; any length).
    public var idPrefix: String?
    /// At most this many, newest first; nil for all.
    public var limit: Int?

    public init(trainee: String? = nil, scenario: String? = nil, pack: String? = nil, since: Date? = nil, status: Status? = nil, idPrefix: String? = nil, limit: Int? = nil) {
        self.trainee = trainee
        self.scenario = scenario
        self.pack = pack
        self.since = since
        self.status = status
        self.idPrefix = idPrefix
        self.limit = limit
    }
}
