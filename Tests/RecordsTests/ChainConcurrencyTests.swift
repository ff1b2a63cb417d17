import Dispatch
import Foundation
@testable import Records
import Synchronization
import Testing

/// Two stores on one file, one per thread, each with its own SQLite connections: two safedrill
/// processes appending to the integrity chain at the same moment.
@Suite struct ChainConcurrencyTests {
    @Test func twoStoresFinishingAttemptsAndRecordingDecisionsAtOnceKeepOneWholeChain() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("records.sqlite")
        _ = try RecordStore(path: path)
        let workers = ["Writer One", "Writer Two"]
        let rounds = 40
        let written = Mutex<[String: ChainEntry.Kind]>([:])
        let failures = Mutex<[String]>([])

        DispatchQueue.concurrentPerform(iterations: workers.count) { index in
            let worker = workers[index]
            do {
                let store = try RecordStore(path: path)
                for round in 1...rounds {
                    let attempt = try store.startAttempt(Samples.newAttempt(by: worker, mode: .assessment, at: Samples.time(Double(round))))
                    try store.appendAnswer(attemptID: attempt.id, nodeID: "n1", kind: .choice, input: "\(round)", at: Samples.time(Double(round)))
                    try store.finish(attemptID: attempt.id, outcome: .competent, percent: 90, resultJSON: "{}", at: Samples.time(Double(round) + 0.5))
                    let decision = try store.recordDecision(
                        recorder: "\(worker) Manager", policySHA256: Samples.policySHA256,
                        factsJSON: #"{"round":\#(round)}"#, reportJSON: "{}", at: Samples.time(Double(round)))
                    written.withLock {
                        $0[attempt.id] = .attempt
                        $0[decision.id] = .decision
                    }
                }
            } catch {
                failures.withLock { $0.append("\(worker): \(error)") }
            }
        }

        #expect(failures.withLock { $0 } == [])
        let reader = try RecordStore(path: path)
        let chain = try reader.chainEntries()
        let expected = written.withLock { $0 }
        #expect(expected.count == workers.count * rounds * 2)
        #expect(chain.count == expected.count)
        #expect(chain.map(\.seq) == (1...Int64(chain.count)).map { $0 })
        #expect(Dictionary(chain.map { ($0.recordID, $0.kind) }, uniquingKeysWith: { a, _ in a }) == expected)
        // Each link names the one before it: nobody wrote from a stale head.
        #expect(zip(chain.dropFirst(), chain).allSatisfy { next, previous in next.prevSHA256 == previous.entrySHA256 })
        let report = try reader.verify()
        #expect(report.isOK, "\(report.problems)")
        #expect(report.entries == expected.count)
    }
}
