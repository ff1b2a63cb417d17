/// Where a step belongs: the attempt (registration), who supervised it, the scenario it is part
/// of, and the hash of the exact scenario file played.
public struct XAPIContext: Codable, Sendable, Hashable {
    /// The attempt id: a UUID shared by every statement of one attempt.
    public var registration: String?
    /// The supervisor or assessor, as an opaque account like the actor.
    public var instructor: XAPIAgent?
    public var contextActivities: XAPIContextActivities?
    public var platform: String?
    public var language: String?
    /// Keys are absolute IRIs.
    public var extensions: [String: String]?

    public init(
        registration: String?, instructor: XAPIAgent?, contextActivities: XAPIContextActivities?,
        platform: String?, language: String?, extensions: [String: String]?
    ) {
        self.registration = registration
        self.instructor = instructor
        self.contextActivities = contextActivities
        self.platform = platform
        self.language = language
        self.extensions = extensions
    }
}

/// Activities a statement is related to; SafeDrill uses `parent` for a decision's scenario.
public struct XAPIContextActivities: Codable, Sendable, Hashable {
    public var parent: [XAPIActivity]?
    public var grouping: [XAPIActivity]?

    public init(parent: [XAPIActivity]?, grouping: [XAPIActivity]? = nil) {
        self.parent = parent
        self.grouping = grouping
    }
}
