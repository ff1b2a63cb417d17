import Foundation
import Records
import Testing

@Suite struct PurgeTests {
    @Test(arguments: StoreKind.allCases)
    func purgeRemovesOldAttemptsWithTheirAnswersAndTheChainStillVerifies(_ kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { withExtendedLifetime(folder) {} }
        let old = try store.startAttempt(Samples.newAttempt(by: "Old Trainee", mode: .assessment, at: Samples.time(0)))
        try store.appendAnswer(attemptID: old.id, nodeID: "n1", kind: .choice, input: "1", at: Samples.time(5))
        try store.finish(attemptID: old.id, outcome: .competent, percent: 90, resultJSON: "{}", at: Samples.time(10))
        let abandoned = try store.startAttempt(Samples.newAttempt(by: "Old Trainee", at: Samples.time(20)))
        let recent = try store.startAttempt(Samples.newAttempt(by: "New Trainee", mode: .assessment, at: Samples.time(100_000)))
        try store.appendAnswer(attemptID: recent.id, nodeID: "n1", kind: .choice, input: "2", at: Samples.time(100_005))
        try store.finish(attemptID: recent.id, outcome: .competent, percent: 80, resultJSON: "{}", at: Samples.time(100_010))

        let disposal = try store.purge(before: Samples.time(50_000), reason: "retention: test", at: Samples.time(200_000))

        #expect(disposal.recordIDs == [old.id, abandoned.id].sorted())
        #expect(try store.attempt(id: old.id) == nil)
        #expect(try store.attempt(id: abandoned.id) == nil)
        #expect(try store.answers(attemptID: old.id).isEmpty)
        #expect(try store.attempt(id: recent.id)?.id == recent.id)
        #expect(try store.answers(attemptID: recent.id).map(\.input) == ["2"])
        #expect(try store.disposals().map(\.id) == [disposal.id])
        let report = try store.verify()
        #expect(report.isOK, "\(report.problems)")
        #expect(report.entries == 3)
        // People are kept: only their records go.
        #expect(try store.people().map(\.name).sorted() == ["New Trainee", "Old Trainee"])
    }
}
