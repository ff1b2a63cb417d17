/// Something a supervisor can sign off: the scenarios that are its evidence, the ways competence
/// may be confirmed, and how long a sign-off lasts.
public struct Pack: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    /// Every one needs a Competent assessment-mode attempt within the validity window.
    public var scenarios: [String]
    /// How the supervisor confirmed competence: simulation, observation, questioning.
    public var methods: [SignOffMethod]
    /// Both how old the evidence may be and how long until the sign-off needs refreshing.
    public var validityMonths: Int

    public init(id: String, title: String, scenarios: [String], methods: [SignOffMethod], validityMonths: Int = 12) {
        self.id = id
        self.title = title
        self.scenarios = scenarios
        self.methods = methods
        self.validityMonths = validityMonths
    }
}

/// How a supervisor confirmed competence.
public enum SignOffMethod: String, Sendable, Hashable, Codable, CaseIterable {
    case simulation, observation, questioning
}
