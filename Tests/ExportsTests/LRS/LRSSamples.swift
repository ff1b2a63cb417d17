import Exports
import Foundation
import Records

/// Valid statements, credentials and a client wired to an `LRSFake`.
enum LRSSamples {
    static let endpoint = "http://127.0.0.1:8100/xAPI/"

    /// The statement id for `index`: a fixed-form lowercase UUID.
    static func id(_ index: Int) -> String {
        "00000000-0000-4000-8000-" + String(format: "%012d", index)
    }

    /// A valid `completed` statement.
    static func statement(_ index: Int, scaled: Double = 0.5) -> XAPIStatement {
        XAPIStatement(
            id: id(index),
            actor: XAPIAgent(account: XAPIAccount(homePage: "https://safedrill.invalid/xapi/accounts", name: "p\(index)")),
            verb: XAPIVerb(id: "http://adlnet.gov/expapi/verbs/completed", display: ["en-GB": "completed"]),
            object: XAPIActivity(id: "https://safedrill.invalid/xapi/scenarios/scam-link", definition: nil),
            result: XAPIResult(score: XAPIScore(scaled: scaled, raw: nil, min: nil, max: nil)),
            timestamp: "2026-03-01T09:00:00.000Z")
    }

    static func statements(_ count: Int) -> [XAPIStatement] {
        (0..<count).map { statement($0) }
    }

    static func client(_ fake: LRSFake, endpoint: String = endpoint, retry: RetryPolicy = .standard, now: Date = Date()) throws -> LRSClient {
        LRSClient(
            endpoint: try LRSEndpoint(endpoint), credentials: try LRSCredentials(user: "trainer", password: "s3cret:pw"),
            transport: fake, retry: retry, pause: fake.pause, now: { now })
    }

    static func sync(_ fake: LRSFake, batchSize: Int = LRSSync.standardBatchSize, endpoint: String = endpoint) throws -> LRSSync {
        LRSSync(client: try client(fake, endpoint: endpoint), batchSize: batchSize, now: { Date(timeIntervalSince1970: 1_772_355_600) })
    }
}
