import Foundation
import Testing

@testable import Exports

@Suite struct XAPITimeTests {
    @Test(arguments: [
        (0.0, "PT0S"), (4.0, "PT4S"), (4.5, "PT4.5S"), (4.25, "PT4.25S"), (4.05, "PT4.05S"),
        (270.25, "PT4M30.25S"), (3600.0, "PT1H"), (3723.0, "PT1H2M3S"), (-5.0, "PT0S"),
    ])
    func durationIsISO8601ToTheHundredth(seconds: Double, expected: String) {
        let start = Date(timeIntervalSince1970: 1_772_355_600)
        #expect(XAPITime.duration(from: start, to: start.addingTimeInterval(seconds)) == expected)
    }

    @Test func timestampIsUTCWithMilliseconds() {
        let date = Date(timeIntervalSince1970: 1_772_357_405.25)
        #expect(XAPITime.timestamp(date) == "2026-03-01T09:30:05.250Z")
        #expect(ExportTime.date(from: "2026-03-01T09:30:05.250Z") == date)
    }
}
