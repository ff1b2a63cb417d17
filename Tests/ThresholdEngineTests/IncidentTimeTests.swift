import Foundation
import Testing
import ThresholdEngine

/// Times as an on-call manager types them, read in the local zone.
@Suite("incident times")
struct IncidentTimeTests {
    static let london = TimeZone(identifier: "Europe/London") ?? .gmt
    /// Fri 4 Dec 2026 02:30 in London (GMT in winter).
    static let now = Date(timeIntervalSince1970: 1_796_351_400)

    @Test(arguments: [
        ("now", "2026-12-04T02:30:00Z"),
        ("02:10", "2026-12-04T02:10:00Z"),
        ("2:10am", "2026-12-04T02:10:00Z"),
        ("2am", "2026-12-04T02:00:00Z"),
        ("2.10", "2026-12-04T02:10:00Z"),
        ("23:40", "2026-12-03T23:40:00Z"),
        ("11:40 pm", "2026-12-03T23:40:00Z"),
        ("yesterday 23:40", "2026-12-03T23:40:00Z"),
        ("today 01:05", "2026-12-04T01:05:00Z"),
        ("2026-12-04 01:50", "2026-12-04T01:50:00Z"),
        ("2026-12-04T01:50", "2026-12-04T01:50:00Z"),
        ("04/12/2026 01:50", "2026-12-04T01:50:00Z"),
        ("2026-12-04T01:50:00+01:00", "2026-12-04T00:50:00Z"),
    ])
    func readsWhatPeopleType(_ text: String, _ expected: String) throws {
        let date = try #require(IncidentTime.parse(text, now: Self.now, timeZone: Self.london))
        #expect(date.formatted(.iso8601) == expected)
    }

    @Test(arguments: ["25:00", "13pm", "2:7", "yesterday", "later", "31/02/2026 01:00", "12:60", ""])
    func refusesWhatIsNotATime(_ text: String) {
        #expect(IncidentTime.parse(text, now: Self.now, timeZone: Self.london) == nil)
    }

    @Test func summerTimeIsLocalToo() throws {
        let june = Date(timeIntervalSince1970: 1_781_400_000)  // 2026-06-14T01:20:00Z, 02:20 BST
        let date = try #require(IncidentTime.parse("02:10", now: june, timeZone: Self.london))
        #expect(date.formatted(.iso8601) == "2026-06-14T01:10:00Z")
        #expect(IncidentTime.display(date, timeZone: Self.london) == "Sun 14 Jun 2026 02:10 BST")
    }
}
