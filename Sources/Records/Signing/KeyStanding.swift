import Foundation

/// Whether a registered key may sign, as the endorsements in the store say.
public enum KeyStanding: Sendable, Hashable, CustomStringConvertible {
    /// Endorsed for `role` by the key `endorser` (the registration key or a manager's key).
    case endorsed(role: Person.Role, endorser: String, at: Date)
    /// Replaced by a rotation to the key `successor` at `at`: it signs nothing after that.
    case replaced(successor: String, at: Date)
    /// No endorsement at all: registered before keys needed endorsing ("legacy").
    case unendorsed
    /// An endorsement names it, but none holds (see `records verify`).
    case badEndorsement

    /// True when the key may sign now.
    public var maySign: Bool {
        if case .endorsed = self { true } else { false }
    }

    public var description: String {
        switch self {
        case .endorsed(let role, let endorser, let at): "endorsed as \(role.rawValue) by \(SigningKey.short(endorser)) \(at.ISO8601Format())"
        case .replaced(let successor, let at): "replaced by \(SigningKey.short(successor)) \(at.ISO8601Format())"
        case .unendorsed: "legacy, unendorsed"
        case .badEndorsement: "endorsement does not verify"
        }
    }
}
