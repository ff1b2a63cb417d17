/// What a decision says about one escalation. Ordered by strength: `required` > `consult` > `notRequired`.
public enum EscalationStatus: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    /// No rule asks for it.
    case notRequired = "not_required"
    /// A manager should weigh it: a rule says so, or a rule might fire once unknown facts are found out.
    case consult
    /// A rule whose condition is true requires it.
    case required

    var strength: UInt8 {
        switch self {
        case .notRequired: 0
        case .consult: 1
        case .required: 2
        }
    }

    public static func < (lhs: EscalationStatus, rhs: EscalationStatus) -> Bool { lhs.strength < rhs.strength }
}
