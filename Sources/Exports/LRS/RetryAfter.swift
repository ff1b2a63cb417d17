import Foundation

/// The `Retry-After` header (RFC 9110 §10.2.3): whole seconds, or an HTTP date.
enum RetryAfter {
    /// The wait the header asks for, counted from `now`; nil when it is absent or unreadable.
    static func delay(in response: LRSResponse, now: Date) -> Duration? {
        guard let value = response.headers["retry-after"]?.trimmingCharacters(in: .whitespaces) else { return nil }
        if let seconds = Int(value), seconds >= 0 { return .seconds(seconds) }
        guard let date = httpDate().date(from: value) else { return nil }
        return .milliseconds(max(Int((date.timeIntervalSince(now) * 1000).rounded(.up)), 0))
    }

    // IMF-fixdate, the form RFC 9110 requires senders to use: `Sun, 06 Nov 1994 08:49:37 GMT`.
    // A formatter per call: the header is rare, and a shared DateFormatter is not Sendable.
    private static func httpDate() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter
    }
}
