import Foundation

/// Times and durations as xAPI writes them (ISO 8601).
enum XAPITime {
    /// `2026-03-01T09:30:05.250Z`: UTC, to the millisecond, as the store keeps times.
    static func timestamp(_ date: Date) -> String {
        ExportTime.text(date)
    }

    /// `PT1H2M3.25S`, to the hundredth of a second (the precision xAPI asks an LRS to keep);
    /// `PT0S` for no time at all. A negative interval (a clock set back) counts as none.
    static func duration(from start: Date, to end: Date) -> String {
        let hundredths = max(0, Int64((end.timeIntervalSince(start) * 100).rounded()))
        let hours = hundredths / 360_000, minutes = hundredths / 6000 % 60, seconds = hundredths % 6000
        var text = "PT"
        if hours > 0 { text += "\(hours)H" }
        if minutes > 0 { text += "\(minutes)M" }
        if seconds > 0 || text == "PT" {
            let whole = seconds / 100, fraction = seconds % 100
            let decimals: String = switch fraction {
            case 0: ""
            case let tenths where tenths % 10 == 0: ".\(tenths / 10)"
            default: fraction < 10 ? ".0\(fraction)" : ".\(fraction)"
            }
            text += "\(whole)\(decimals)S"
        }
        return text
    }
}
