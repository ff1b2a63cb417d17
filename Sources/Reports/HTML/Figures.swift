import Foundation

/// How numbers and times read in a report.
enum Figures {
    /// A 0 to 100 score as a whole percentage: "85%".
    static func percent(_ value: Double) -> String { "\(Int(value.rounded()))%" }

    /// A 0 to 1 rate as a whole percentage.
    static func rate(_ value: Double) -> String { percent(value * 100) }

    /// A rate, or a dash where there is none (no attempts to take it over).
    static func rateOrDash(_ value: Double?) -> String { value.map { rate($0) } ?? "–" }

    /// A score, or a dash where there is none.
    static func percentOrDash(_ value: Double?) -> String { value.map { percent($0) } ?? "–" }

    /// "2026-11-23 03:40 UTC": unambiguous wherever the report is read.
    static func time(_ date: Date) -> String {
        let text = ReportScope.storedText(date)
        return text.prefix(10) + " " + text.dropFirst(11).prefix(5) + " UTC"
    }

    /// "2026-11-23".
    static func day(_ date: Date) -> String { String(ReportScope.storedText(date).prefix(10)) }
}
