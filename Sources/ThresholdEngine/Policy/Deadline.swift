import Foundation

/// How soon an escalation must happen, counted from `aware_at` (when the service first knew).
///
/// Written in a policy as `immediately`, `without-delay`, `Nh` or `Nd`.
public enum Deadline: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Now: the due time is the moment the service became aware.
    case immediately
    /// As soon as practicable. The law sets no fixed window, so there is no due time.
    case withoutDelay
    /// Within this many hours of becoming aware (`Nd` is read as `N*24` hours).
    case hours(Int)

    /// Reads `immediately`, `without-delay`, `Nh` or `Nd` (N from 1 to 8760 hours); nil otherwise.
    public init?(_ text: String) {
        switch text {
        case "immediately": self = .immediately
        case "without-delay": self = .withoutDelay
        default:
            // The count is bounded before it is multiplied: "999999999999999999d" overflowed and trapped.
            guard let unit = text.last, unit == "h" || unit == "d", let count = Int(text.dropLast()), (1...8760).contains(count) else { return nil }
            let hours = unit == "d" ? count * 24 : count
            guard hours <= 8760 else { return nil }
            self = .hours(hours)
        }
    }

    /// The moment the escalation is due, or nil for `without-delay`, which has no fixed time.
    public func due(from awareAt: Date) -> Date? {
        switch self {
        case .immediately: awareAt
        case .withoutDelay: nil
        case .hours(let hours): awareAt.addingTimeInterval(TimeInterval(hours) * 3600)
        }
    }

    /// How the policy writes it: `immediately`, `without-delay`, `24h`.
    public var description: String {
        switch self {
        case .immediately: "immediately"
        case .withoutDelay: "without-delay"
        case .hours(let hours): "\(hours)h"
        }
    }

    /// Earlier is more urgent. `without-delay` ranks before any fixed window: it asks for action as
    /// soon as practicable, while `Nh` only sets the latest acceptable time.
    var urgency: Int {
        switch self {
        case .immediately: 0
        case .withoutDelay: 1
        case .hours(let hours): 1 + hours
        }
    }

    public static func < (lhs: Deadline, rhs: Deadline) -> Bool { lhs.urgency < rhs.urgency }
}
