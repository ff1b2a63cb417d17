import Foundation

/// Times on the pages: in the service's local time zone (TZ, else the system's), with the zone.
enum LocalTime {
    static func text(_ date: Date, zone: TimeZone = .current) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.timeZone = zone
        formatter.dateFormat = "EEE d MMM yyyy, HH:mm zzz"
        return formatter.string(from: date)
    }
}
