import ArgumentParser
import Exports
import Foundation

/// `--since`, as `records list`, `report` and `export` read it: a day (from midnight UTC) or a full
/// ISO 8601 time with its zone.
struct SinceOption: ParsableArguments {
    @Option(name: .customLong("since"), help: ArgumentHelp(
        "Only records from this date on (YYYY-MM-DD, from midnight UTC) or this time (ISO 8601 with a time zone).",
        valueName: "date"))
    var text: String?

    func validate() throws {
        if let text, Self.date(text) == nil {
            throw ValidationError("--since must be a date such as 2026-03-01 or a time such as 2026-03-01T09:30:00Z")
        }
    }

    /// The moment given, nil when `--since` was not.
    var date: Date? { text.flatMap(Self.date) }

    static func date(_ text: String) -> Date? {
        var day = Date.ISO8601FormatStyle().year().month().day()
        day.timeZone = TimeZone(identifier: "UTC") ?? day.timeZone
        return (try? Date(text, strategy: day)) ?? ExportTime.date(from: text)
    }
}
