import Foundation

/// Times as an on-call manager types them at 2 a.m., read in the local time zone: `now`, `02:10`,
/// `2:10am`, `2am`, `yesterday 23:40`, `today 01:05`, `2026-12-04 01:50`, `04/12/2026 01:50`, or a
/// full ISO 8601 time with an offset. A time of day alone is the most recent one: `23:40` typed at
/// 01:00 means last night.
public enum IncidentTime {
    /// The moment `text` names, or nil when it is not a time this reads.
    public static func parse(_ text: String, now: Date, timeZone: TimeZone = .current) -> Date? {
        var typed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if typed == "now" { return now }
        // `2026-12-04T01:50` without an offset: a local time, the `T` standing for a space.
        if typed.count > 10, typed[typed.index(typed.startIndex, offsetBy: 10)] == "t", typed.first?.isNumber == true {
            typed.replaceSubrange(typed.index(typed.startIndex, offsetBy: 10)...typed.index(typed.startIndex, offsetBy: 10), with: " ")
        }
        if let date = FactSchema.parseDate(text) { return date }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let words = typed.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let first = words.first else { return nil }
        switch first {
        case "today", "yesterday":
            guard words.count >= 2, let (hour, minute) = timeOfDay(words.dropFirst().joined()) else { return nil }
            let day = calendar.date(byAdding: .day, value: first == "yesterday" ? -1 : 0, to: now) ?? now
            return calendar.date(bySettingHour: hour, minute: minute, second: 0, of: day)
        default:
            if let (hour, minute) = timeOfDay(words.joined()) {
                guard let today = calendar.date(bySettingHour: hour, minute: minute, second: 0, of: now) else { return nil }
                // A few minutes' grace for a clock that runs fast; beyond that, the most recent such time.
                return today.timeIntervalSince(now) > 5 * 60 ? calendar.date(byAdding: .day, value: -1, to: today) : today
            }
            guard words.count >= 2, let day = calendarDay(first),
                  let (hour, minute) = timeOfDay(words.dropFirst().joined()) else { return nil }
            var parts = DateComponents()
            (parts.year, parts.month, parts.day, parts.hour, parts.minute) = (day.year, day.month, day.day, hour, minute)
            guard let date = calendar.date(from: parts), calendar.component(.day, from: date) == day.day else { return nil }
            return date
        }
    }

    /// A moment as a person reads it, in the local zone: `Fri 4 Dec 2026 01:50 GMT`.
    public static func display(_ date: Date, timeZone: TimeZone = .current) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "EEE d MMM yyyy HH:mm zzz"
        return formatter.string(from: date)
    }

    /// `02:10`, `2.10`, `2:10am`, `2am`, `2 pm` (spaces already removed): hour and minute.
    static func timeOfDay(_ text: String) -> (Int, Int)? {
        var clock = Substring(text)
        var offset: Int?
        if clock.hasSuffix("am") || clock.hasSuffix("pm") {
            offset = clock.hasSuffix("pm") ? 12 : 0
            clock = clock.dropLast(2)
        }
        let parts = clock.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
        guard (1...2).contains(parts.count), parts.allSatisfy({ part in !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }),
              var hour = Int(parts[0]), let minute = parts.count == 2 ? Int(parts[1]) : 0,
              parts.count == 2 ? parts[1].count == 2 : offset != nil,
              (0..<60).contains(minute) else { return nil }
        if let offset {
            guard (1...12).contains(hour) else { return nil }
            hour = hour % 12 + offset
        }
        guard (0..<24).contains(hour) else { return nil }
        return (hour, minute)
    }

    /// `2026-12-04` or `04/12/2026` (day first, as in the UK).
    static func calendarDay(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let iso = text.split(separator: "-").compactMap { Int($0) }
        if iso.count == 3, text.split(separator: "-").count == 3, iso[0] > 1900 { return checked(iso[0], iso[1], iso[2]) }
        let uk = text.split(separator: "/").compactMap { Int($0) }
        if uk.count == 3, text.split(separator: "/").count == 3, uk[2] > 1900 { return checked(uk[2], uk[1], uk[0]) }
        return nil
    }

    private static func checked(_ year: Int, _ month: Int, _ day: Int) -> (year: Int, month: Int, day: Int)? {
        (1...12).contains(month) && (1...31).contains(day) ? (year, month, day) : nil
    }
}
