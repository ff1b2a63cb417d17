import Foundation

/// Everything the trainer knows when an attempt begins.
public struct NewAttempt: Sendable, Hashable {
    /// Found or registered by name; an existing person keeps their role.
    public var personName: String
    public var personRole: Person.Role
    public var scenarioID: String
    public var scenarioSHA256: String
    /// The exact bytes that hash to `scenarioSHA256`; stored once however many attempts use them.
    public var scenarioBytes: Data
    public var policySHA256: String
    public var rubricsSHA256: String
    public var mode: Attempt.Mode
    /// Kept as text on the attempt; a blank name counts as none.
    public var supervisor: String?
    public var at: Date

    public init(
        personName: String, personRole: Person.Role = .trainee,
        scenarioID: String, scenarioSHA256: String, scenarioBytes: Data,
        policySHA256: String, rubricsSHA256: String,
        mode: Attempt.Mode, supervisor: String? = nil, at: Date
    ) {
        self.personName = personName
        self.personRole = personRole
        self.scenarioID = scenarioID
        self.scenarioSHA256 = scenarioSHA256
        self.scenarioBytes = scenarioBytes
        self.policySHA256 = policySHA256
        self.rubricsSHA256 = rubricsSHA256
        self.mode = mode
        self.supervisor = supervisor
        self.at = at
    }
}
