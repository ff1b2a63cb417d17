/// What the actor did: an IRI and its display name.
public struct XAPIVerb: Codable, Sendable, Hashable {
    public var id: String
    public var display: XAPILanguageMap?

    public init(id: String, display: XAPILanguageMap?) {
        self.id = id
        self.display = display
    }

    /// An ADL verb (http://adlnet.gov/expapi/verbs/…) displayed by its own name.
    static func adl(_ name: String) -> XAPIVerb {
        XAPIVerb(id: "http://adlnet.gov/expapi/verbs/" + name, display: [XAPIIdentifiers.language: name])
    }

    static let initialized = adl("initialized")
    static let answered = adl("answered")
    static let passed = adl("passed")
    static let failed = adl("failed")
    static let completed = adl("completed")
    static let terminated = adl("terminated")
}
