import Foundation

/// How every export writes a time: ISO 8601, UTC, milliseconds (`2026-03-01T09:30:05.250Z`), the
/// precision the store keeps, so a time read back is the time that was written.
public enum ExportTime {
    /// The text for `date`, rounded to the millisecond.
    public static func text(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let (seconds, millis) = (milliseconds.floorDivided(by: 1000), milliseconds.floorRemainder(by: 1000))
        let whole = Date(timeIntervalSince1970: Double(seconds)).formatted(wholeSeconds)
        return whole.dropLast() + "." + String(millis + 1000).dropFirst() + "Z"
    }

    /// The date `text` names, for any ISO 8601 timestamp with a time zone; nil for anything else.
    public static func date(from text: String) -> Date? {
        let parsed = (try? Date(text, strategy: withFraction)) ?? (try? Date(text, strategy: wholeSeconds))
        guard let date = parsed else { return nil }
        return Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded() / 1000)
    }

    private static let wholeSeconds = Date.ISO8601FormatStyle()
    private static let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
}

extension Int64 {
    fileprivate func floorDivided(by divisor: Int64) -> Int64 {
        (self >= 0 ? self : self - divisor + 1) / divisor
    }

    fileprivate func floorRemainder(by divisor: Int64) -> Int64 {
        self - floorDivided(by: divisor) * divisor
    }
}
