/// A three-valued truth (Kleene's logic): a condition on facts that are not known yet is `unknown`.
public enum Truth: String, Sendable, Hashable, Codable {
    case `true`, `false`, unknown

    public init(_ flag: Bool) { self = flag ? .true : .false }

    public static prefix func ! (value: Truth) -> Truth {
        switch value {
        case .true: .false
        case .false: .true
        case .unknown: .unknown
        }
    }

    /// `false` wins over `unknown`; `unknown` wins over `true`.
    public static func && (lhs: Truth, rhs: Truth) -> Truth {
        if lhs == .false || rhs == .false { return .false }
        if lhs == .unknown || rhs == .unknown { return .unknown }
        return .true
    }

    /// `true` wins over `unknown`; `unknown` wins over `false`.
    public static func || (lhs: Truth, rhs: Truth) -> Truth {
        if lhs == .true || rhs == .true { return .true }
        if lhs == .unknown || rhs == .unknown { return .unknown }
        return .false
    }
}
