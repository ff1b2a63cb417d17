import Exports
import Foundation
import Records
import Testing

@Suite("LRS sync against a fake LRS")
struct LRSSyncTests {
    @Test("statements go in batches of at most the batch size, in order, each once", arguments: [
        (0, 50, 0), (1, 50, 1), (50, 50, 1), (51, 50, 2), (120, 50, 3), (7, 1, 7), (7, 3, 3),
    ])
    func batches(count: Int, batchSize: Int, requests: Int) throws {
        let fake = LRSFake()
        let report = try LRSSamples.sync(fake, batchSize: batchSize).run(LRSSamples.statements(count), store: RecordStore.inMemory())
        #expect(fake.requests.count == requests)
        #expect(fake.requests.allSatisfy { $0.ids.count <= batchSize })
        #expect(fake.stored == LRSSamples.statements(count).map(\.id))
        #expect(report.sent == count)
        #expect(report.isComplete)
    }

    @Test func aRerunSendsNothingTwiceButANewStatementGoes() throws {
        let store = try RecordStore.inMemory()
        let fake = LRSFake()
        let sync = try LRSSamples.sync(fake, batchSize: 4)
        _ = try sync.run(LRSSamples.statements(10), store: store)
        let again = try sync.run(LRSSamples.statements(11), store: store)
        #expect(again.sent == 1)
        #expect(again.alreadyDelivered == 10)
        #expect(fake.stored == LRSSamples.statements(11).map(\.id))
        #expect(fake.requests.count == 4)
    }

    @Test("the same LRS spelled differently is the same LRS", arguments: ["http://127.0.0.1:8100/xAPI", "HTTP://127.0.0.1:8100/xAPI/"])
    func sameLRSSpelledDifferently(spelling: String) throws {
        let store = try RecordStore.inMemory()
        _ = try LRSSamples.sync(LRSFake()).run(LRSSamples.statements(3), store: store)
        let fake = LRSFake()
        let report = try LRSSamples.sync(fake, endpoint: spelling).run(LRSSamples.statements(3), store: store)
        #expect(fake.requests.isEmpty)
        #expect(report.alreadyDelivered == 3)
    }

    @Test func anotherLRSGetsEverything() throws {
        let store = try RecordStore.inMemory()
        _ = try LRSSamples.sync(LRSFake()).run(LRSSamples.statements(3), store: store)
        let other = LRSFake()
        let report = try LRSSamples.sync(other, endpoint: "https://lrs.example.org/xapi/").run(LRSSamples.statements(3), store: store)
        #expect(report.sent == 3)
        #expect(other.stored.count == 3)
    }

    @Test("a rejected statement is reported with the LRS's reason and the rest still go", arguments: [
        ([3], 10), ([0, 9], 10), ([3, 4, 5], 4), ([0], 1),
    ])
    func partialRejection(rejected: [Int], batchSize: Int) throws {
        let store = try RecordStore.inMemory()
        let bad = Set(rejected.map(LRSSamples.id))
        let fake = LRSFake(rejecting: bad)
        let statements = LRSSamples.statements(10)
        let report = try LRSSamples.sync(fake, batchSize: batchSize).run(statements, store: store)
        #expect(report.sent == 10 - rejected.count)
        #expect(report.rejected.map(\.statement) == rejected.map(LRSSamples.id))
        #expect(report.rejected.first?.reasons == ["HTTP 400: statement \(LRSSamples.id(rejected[0])) has no verb id"])
        #expect(fake.stored == statements.map(\.id).filter { !bad.contains($0) })
        #expect(!report.isComplete)
        // Not remembered, so the next run tries them again, and only them.
        let again = try LRSSamples.sync(fake, batchSize: batchSize).run(statements, store: store)
        #expect(again.sent == 0)
        #expect(again.alreadyDelivered == 10 - rejected.count)
        #expect(again.rejected.count == rejected.count)
    }

    @Test func aStatementTheLRSAlreadyHoldsCountsAsDeliveredAndIsRemembered() throws {
        let store = try RecordStore.inMemory()
        let fake = LRSFake(holding: [LRSSamples.id(2)])
        let report = try LRSSamples.sync(fake).run(LRSSamples.statements(5), store: store)
        #expect(report.sent == 4)
        #expect(report.alreadyDelivered == 1)
        #expect(report.isComplete)
        #expect(try store.deliveredStatementIDs(to: LRSSamples.endpoint) == Set(LRSSamples.statements(5).map(\.id)))
    }

    @Test func aStatementBreakingXAPIIsRefusedBeforeSendingAndTheRestGo() throws {
        let fake = LRSFake()
        let statements = [LRSSamples.statement(0), LRSSamples.statement(1, scaled: 1.82), LRSSamples.statement(2)]
        let report = try LRSSamples.sync(fake).run(statements, store: RecordStore.inMemory())
        #expect(fake.stored == [LRSSamples.id(0), LRSSamples.id(2)])
        #expect(report.refused.map(\.statement) == [LRSSamples.id(1)])
        #expect(report.refused.first?.verb == "http://adlnet.gov/expapi/verbs/completed")
        #expect(report.refused.first?.reasons == ["result.score.scaled: 1.82 is outside -1…1 (§2.4.5.1.1)"])
        #expect(report.sent == 2)
        #expect(!report.isComplete)
    }

    @Test func anLRSThatStopsAnsweringEndsTheRunAndKeepsWhatArrived() throws {
        let store = try RecordStore.inMemory()
        // The first batch goes; every try of the second fails.
        let fake = LRSFake(failures: Array(repeating: .status(503), count: RetryPolicy.standard.tries), after: 1)
        let report = try LRSSamples.sync(fake, batchSize: 5).run(LRSSamples.statements(12), store: store)
        #expect(report.sent == 5)
        #expect(report.notSent == 7)
        #expect(report.stopped == "the LRS gave no usable answer in 5 tries, the last: HTTP 503: busy")
        #expect(fake.requests.count == 1 + RetryPolicy.standard.tries)
        #expect(try store.deliveredStatementIDs(to: LRSSamples.endpoint) == Set(LRSSamples.statements(5).map(\.id)))
        #expect(!report.isComplete)
    }

    @Test func refusedCredentialsStopTheRunWithAnError() throws {
        let fake = LRSFake(failures: [.status(401)])
        #expect(throws: LRSError.refused(status: 401, reason: "busy")) {
            try LRSSamples.sync(fake).run(LRSSamples.statements(3), store: RecordStore.inMemory())
        }
        #expect(fake.requests.count == 1)
    }

    @Test func aDryRunSendsNothingAndRemembersNothing() throws {
        let store = try RecordStore.inMemory()
        let statements = [LRSSamples.statement(0), LRSSamples.statement(1, scaled: 1.82)]
        let report = try LRSSync.dryRun(endpoint: LRSEndpoint(LRSSamples.endpoint)).run(statements, store: store)
        #expect(report.dryRun)
        #expect(report.sent == 1)
        #expect(report.refused.map(\.statement) == [LRSSamples.id(1)])
        #expect(try store.deliveredStatementIDs(to: LRSSamples.endpoint).isEmpty)
    }

    @Test("an answer that is not the LRS's receipt marks nothing delivered", arguments: [
        LRSResponse(status: 200, headers: ["Content-Type": "text/html"], body: Data("<!doctype html><title>Sign in</title>".utf8)),
        LRSResponse(status: 307, headers: ["Location": "http://elsewhere.example/xAPI/statements"]),
    ])
    func nothingIsMarkedWithoutAReceipt(response: LRSResponse) throws {
        let store = try RecordStore.inMemory()
        let fake = LRSFake(failures: [.answer(response)])
        #expect(throws: LRSError.self) { try LRSSamples.sync(fake).run(LRSSamples.statements(3), store: store) }
        #expect(try store.deliveredStatementIDs(to: LRSSamples.endpoint).isEmpty)
    }
}
