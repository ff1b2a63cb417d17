import Foundation

/// What a report covers and when it was made: attempts started on or after `since` (every attempt
/// when nil) at `site` (every site when nil), with refresh dates judged at `madeAt`.
public struct ReportScope: Sendable, Hashable {
    /// Attempts started before this count in no figure; nil for every attempt.
    public var since: Date?
    /// Only attempts played at this site, and sign-offs of people registered there; nil for every site.
    public var site: String?
    /// When the report was made: the day refresh dates are judged against.
    public var madeAt: Date

    /// A sign-off whose refresh date falls within this many days of the report is "due".
    public static let dueWithinDays = 60

    public init(since: Date?, site: String? = nil, madeAt: Date) {
        self.since = since
        self.site = site
        self.madeAt = madeAt
    }

    /// A time as the store writes it: UTC text with milliseconds.
    static func storedText(_ date: Date) -> String { date.formatted(storedStyle) }

    private static var storedStyle: Date.ISO8601FormatStyle {
        var style = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        style.timeZone = TimeZone(identifier: "UTC") ?? style.timeZone
        return style
    }
}
