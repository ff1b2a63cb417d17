import Foundation
import Testing

@testable import Exports

@Suite("LRS client")
struct LRSClientTests {
    private static func one() throws -> ArraySlice<OutgoingStatement> {
        [try OutgoingStatement(LRSSamples.statement(0))]
    }

    @Test("posts to the statements resource with the xAPI version and basic authentication", arguments: [
        "http://127.0.0.1:8100/xAPI", "http://127.0.0.1:8100/xAPI/",
    ])
    func request(endpoint: String) throws {
        let fake = LRSFake()
        _ = try LRSSamples.client(fake, endpoint: endpoint).deliver(Self.one())
        let request = try #require(fake.requests.first)
        #expect(request.method == "POST")
        #expect(request.url.absoluteString == "http://127.0.0.1:8100/xAPI/statements")
        #expect(request.headers["X-Experience-API-Version"] == "1.0.3")
        #expect(request.headers["Content-Type"] == "application/json")
        // "trainer:s3cret:pw": only the user may not hold a colon.
        #expect(request.headers["Authorization"] == "Basic dHJhaW5lcjpzM2NyZXQ6cHc=")
        #expect(request.ids == [LRSSamples.id(0)])
    }

    @Test("failures that may pass are tried again after a growing wait", arguments: [
        ([LRSFake.Failure.status(503)], [Duration.milliseconds(500)]),
        ([.status(500), .status(502), .network], [.milliseconds(500), .seconds(1), .seconds(2)]),
        ([.status(429, retryAfter: "7")], [.seconds(7)]),
        ([.status(503, retryAfter: "3600")], [.seconds(60)]),
        ([.status(408)], [.milliseconds(500)]),
        ([.network, .status(429, retryAfter: "soon")], [.milliseconds(500), .seconds(1)]),
    ])
    func retries(failures: [LRSFake.Failure], pauses: [Duration]) throws {
        let fake = LRSFake(failures: failures)
        let outcomes = try LRSSamples.client(fake).deliver(Self.one())
        #expect(outcomes.map(\.outcome) == [.accepted])
        #expect(fake.pauses == pauses)
        #expect(fake.requests.count == failures.count + 1)
    }

    @Test func retryAfterAsADateIsMeasuredFromNow() throws {
        let now = Date(timeIntervalSince1970: 784_111_777)  // Sun, 06 Nov 1994 08:49:37 GMT
        let fake = LRSFake(failures: [.status(503, retryAfter: "Sun, 06 Nov 1994 08:49:49 GMT")])
        _ = try LRSSamples.client(fake, now: now).deliver(Self.one())
        #expect(fake.pauses == [.seconds(12)])
    }

    @Test func everyTryFailingIsUnavailable() throws {
        let fake = LRSFake(failures: [.network, .network, .network])
        let retry = RetryPolicy(tries: 3, firstDelay: .seconds(1), longestDelay: .seconds(60))
        #expect(throws: LRSError.unavailable(tries: 3, lastProblem: URLError(.cannotConnectToHost).localizedDescription)) {
            try LRSSamples.client(fake, retry: retry).deliver(Self.one())
        }
        #expect(fake.pauses == [.seconds(1), .seconds(2)])
    }

    @Test("answers that cannot change are not tried again", arguments: [400, 401, 403, 404, 405, 409, 413, 422])
    func noRetry(status: Int) throws {
        let fake = LRSFake(failures: [.status(status)])
        _ = try? LRSSamples.client(fake).deliver(Self.one())
        #expect(fake.requests.count == 1)
        #expect(fake.pauses.isEmpty)
    }

    @Test("ends the run on answers no statement can get past", arguments: [
        (401, LRSError.refused(status: 401, reason: "busy")),
        (403, LRSError.refused(status: 403, reason: "busy")),
        (404, LRSError.notAnLRS(url: "http://127.0.0.1:8100/xAPI/statements", status: 404)),
    ])
    func endsTheRun(status: Int, error: LRSError) throws {
        #expect(throws: error) { try LRSSamples.client(LRSFake(failures: [.status(status)])).deliver(Self.one()) }
    }

    @Test func backOffDoublesUpToTheLongestWait() {
        let policy = RetryPolicy(tries: 10, firstDelay: .milliseconds(500), longestDelay: .seconds(5))
        #expect((1...6).map { policy.delay(afterTry: $0, requested: nil) }
            == [.milliseconds(500), .seconds(1), .seconds(2), .seconds(4), .seconds(5), .seconds(5)])
        #expect(policy.delay(afterTry: 1, requested: .seconds(3)) == .seconds(3))
    }

    @Test("the LRS's reason is made readable", arguments: [
        (#"{"detail":[{"type":"missing","loc":["body",0,"verb","id"],"msg":"Field required","input":{}}]}"#, "verb.id: Field required"),
        (#"{"detail":"Differing statements already exist with the same ID: 1"}"#, "Differing statements already exist with the same ID: 1"),
        (#"{"message":"invalid verb","errorId":"x"}"#, "invalid verb"),
        ("  plain text\n", "plain text"),
    ])
    func reason(body: String, reason: String) {
        #expect(LRSReason.of(LRSResponse(status: 400, body: Data(body.utf8))) == reason)
    }

    @Test func aLongReasonIsCut() {
        let reason = LRSReason.of(LRSResponse(status: 400, body: Data(String(repeating: "x", count: 5000).utf8)))
        #expect(reason.count == LRSReason.longest + 1)
        #expect(reason.hasSuffix("…"))
    }

    @Test func thePasswordNeverShowsInADescription() throws {
        let credentials = try LRSCredentials(user: "trainer", password: "s3cret")
        #expect(!"\(credentials)".contains("s3cret"))
        #expect(!String(reflecting: credentials).contains("s3cret"))
    }

    /// xAPI 1.0.3 §7.2: a POST to `statements` answers with the array of the stored ids. Anything
    /// else in a 2xx (a web page, garbage, other ids) is no proof of storage.
    @Test("a 2xx without the ids sent is an error, not a delivery", arguments: [
        LRSResponse(status: 200, headers: ["Content-Type": "text/html"], body: Data("<html><body>Welcome to nginx!</body></html>".utf8)),
        LRSResponse(status: 200, body: Data("garbage".utf8)),
        LRSResponse(status: 200),
        LRSResponse(status: 204),
        LRSResponse(status: 200, body: Data(#"{"ok": true}"#.utf8)),
        LRSResponse(status: 200, body: Data(#"["00000000-0000-4000-8000-999999999999"]"#.utf8)),
        LRSResponse(status: 200, body: Data("[]".utf8)),
    ])
    func aTwoHundredMustCarryTheIDs(response: LRSResponse) throws {
        let fake = LRSFake(failures: [.answer(response)])
        let error = try #require(throws: LRSError.self) { try LRSSamples.client(fake).deliver(Self.one()) }
        #expect(error.description.contains("nothing is marked delivered"), "\(error)")
        #expect(error.isInputError)
        #expect(fake.requests.count == 1)
    }

    @Test func theIDsMayComeBackInUppercase() throws {
        let fake = LRSFake(failures: [.answer(LRSResponse(status: 200, body: Data(#"["\#(LRSSamples.id(0).uppercased())"]"#.utf8)))])
        #expect(try LRSSamples.client(fake).deliver(Self.one()).map(\.outcome) == [.accepted])
    }

    @Test("a redirect is reported with its Location and not followed", arguments: [301, 302, 303, 307, 308])
    func aRedirectIsAnError(status: Int) throws {
        let fake = LRSFake(failures: [.answer(LRSResponse(status: status, headers: ["Location": "http://evil.example/steal"]))])
        let error = try #require(throws: LRSError.self) { try LRSSamples.client(fake).deliver(Self.one()) }
        #expect(error.description.contains("a redirect to http://evil.example/steal"), "\(error)")
        #expect(error.description.contains("not followed"), "\(error)")
        #expect(fake.requests.count == 1)
        #expect(fake.stored.isEmpty)
    }
}
