import Foundation
import ThresholdEngine

extension ActionChecklist {
    /// By when an escalation is due: now, without delay, or by a time, with how long is left.
    public enum Due: Sendable, Hashable {
        case now
        case withoutDelay
        /// By `date`, `hours` after staff first knew; `left` is the time from the decision to `date`.
        case by(Date, hours: Int, left: TimeInterval)

        init(_ item: EscalationDecision, clock: Date) {
            switch item.deadline {
            case .immediately?: self = .now
            case .withoutDelay?, nil: self = .withoutDelay
            case .hours(let hours)?:
                guard let due = item.due else { self = .withoutDelay; return }
                self = .by(due, hours: hours, left: due.timeIntervalSince(clock))
            }
        }

        /// Sorts the soonest first: now, then by time, then without delay; ties keep the policy's order.
        static func sortKey(_ item: EscalationDecision, clock: Date, position: Int) -> (Int, Double, Int) {
            switch Due(item, clock: clock) {
            case .now: (0, 0, position)
            case .by(_, _, let left): (1, left, position)
            case .withoutDelay: (2, 0, position)
            }
        }

        /// "now", "without delay", or "by TIME (in 47 min)" with `time` writing the local time.
        public func text(time: (Date) -> String) -> String {
            switch self {
            case .now: "now"
            case .withoutDelay: "without delay"
            case .by(let date, _, let left): "by \(time(date)) (\(Self.relative(left)))"
            }
        }

        /// "in 2 h 5 min", "now", "overdue by 40 min".
        public static func relative(_ seconds: TimeInterval) -> String {
            let minutes = Int((abs(seconds) / 60).rounded())
            if minutes == 0 { return "now" }
            let span = minutes >= 60 ? "\(minutes / 60) h" + (minutes % 60 == 0 ? "" : " \(minutes % 60) min") : "\(minutes) min"
            return seconds > 0 ? "in \(span)" : "overdue by \(span)"
        }
    }
}
