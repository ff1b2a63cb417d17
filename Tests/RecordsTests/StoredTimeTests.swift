import Foundation
import Testing

@testable import Records

@Suite struct StoredTimeTests {
    @Test func writesISO8601InUTCWithMilliseconds() {
        #expect(StoredTime.text(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(StoredTime.text(Date(timeIntervalSince1970: 1_772_357_405.2504)) == "2026-03-01T09:30:05.250Z")
        #expect(StoredTime.text(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00.000Z")
        #expect(StoredTime.text(Date(timeIntervalSince1970: -0.001)) == "1969-12-31T23:59:59.999Z")
    }

    @Test(arguments: [0, 1_772_357_405.2509, 951_782_400.999, -86_400.5, 4_102_444_799.123])
    func readsBackExactlyWhatItWrote(seconds: Double) throws {
        let date = Date(timeIntervalSince1970: seconds)
        let read = try #require(StoredTime.date(from: StoredTime.text(date)))
        #expect(read == StoredTime.normalised(date))
        #expect(StoredTime.text(read) == StoredTime.text(date))
    }

    @Test func normalisingTwiceChangesNothing() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<10_000 {
            let date = Date(timeIntervalSince1970: Double.random(in: 0...4_102_444_800, using: &generator))
            let once = StoredTime.normalised(date)
            #expect(StoredTime.normalised(once) == once)
            #expect(StoredTime.text(once) == StoredTime.text(date))
        }
    }

    @Test(arguments: ["", "2026-03-01 09:30:05.250", "2026-03-01T09:30:05Z", "2026-0x-01T09:30:05.250Z"])
    func rejectsOtherShapes(text: String) {
        #expect(StoredTime.date(from: text) == nil)
    }
}

/// Every record type writes its times as `StoredTime` text, not GRDB's default date format.
@Suite("stored time in the tables")
struct StoredTimeColumnTests {
    @Test("times reach the file as ISO 8601 UTC text", arguments: StoreKind.allCases)
    func recordsStoreTimesAsStoredTimeText(kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { _ = folder }
        _ = try store.person(named: "Sam", role: .trainee)
        let text = try #require(try store.writer.read { try String.fetchOne($0, sql: "SELECT created_at FROM person") })
        #expect(text.count == 24 && text.hasSuffix("Z") && text.contains("T"), "\(text)")
        #expect(StoredTime.date(from: text) != nil)
    }
}
