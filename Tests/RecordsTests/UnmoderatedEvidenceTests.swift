import Foundation
import Records
import Testing

@Suite struct UnmoderatedEvidenceTests {
    /// Plays one attempt with the given answers, finishing it unless `finished` is false.
    @discardableResult
    static func play(
        _ store: RecordStore, by person: String, mode: Attempt.Mode, answers: [(String, RecordedAnswer.Kind, String)],
        at seconds: Double, finished: Bool = true
    ) throws -> Attempt {
        if mode == .supervision { try Samples.registerSupervisor(in: store) }
        let attempt = try store.startAttempt(Samples.newAttempt(by: person, mode: mode, at: Samples.time(seconds)))
        for (offset, (node, kind, input)) in answers.enumerated() {
            try store.appendAnswer(attemptID: attempt.id, nodeID: node, kind: kind, input: input, at: Samples.time(seconds + Double(offset) + 1))
        }
        guard finished else { return attempt }
        return try store.finish(attemptID: attempt.id, outcome: .competent, percent: 90, resultJSON: "{}", at: Samples.time(seconds + 60))
    }

    @Test("every free-text answer of a completed assessment awaits moderation; nothing else does", arguments: StoreKind.allCases)
    func freeTextInCompletedAssessmentsAwaitsModeration(kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { withExtendedLifetime(folder) {} }
        let timeline: [(String, RecordedAnswer.Kind, String)] = [
            ("arrive", .choice, "2"), ("write-timeline", .record, "02:10 Karen phoned the office."), ("tell", .escalate, "1 3"),
            ("write-disclosure", .record, "She said \"he took my card\"."),
        ]
        let later = try Self.play(store, by: "Bo Worker", mode: .assessment, answers: timeline, at: 500)
        let earlier = try Self.play(store, by: "Ann Carer", mode: .assessment, answers: timeline, at: 100)
        try Self.play(store, by: "Ann Carer", mode: .practice, answers: timeline, at: 200)
        try Self.play(store, by: "Ann Carer", mode: .supervision, answers: timeline, at: 250)
        try Self.play(store, by: "Ann Carer", mode: .assessment, answers: timeline, at: 300, finished: false)
        try Self.play(store, by: "Ann Carer", mode: .assessment, answers: [("arrive", .choice, "1")], at: 350)
        let voided = try Self.play(store, by: "Ann Carer", mode: .assessment, answers: timeline, at: 400)
        try store.void(recordID: voided.id, reason: "wrong account", author: "Lead", at: Samples.time(1000))

        let awaiting = try store.unmoderatedEvidence()
        #expect(awaiting.map(\.attemptID) == [earlier.id, later.id], "completed, not void, assessment mode, with free text; oldest finished first")
        #expect(awaiting.map(\.trainee) == ["Ann Carer", "Bo Worker"])
        #expect(awaiting.map(\.finishedAt) == [earlier.finishedAt, later.finishedAt])
        for item in awaiting {
            #expect(item.nodeIDs == ["write-timeline", "write-disclosure"], "the free-text answers only, in the order given")
            #expect(item.scenarioID == "scam-link" && item.supervisor == nil)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func anEmptyStoreHasNothingAwaiting(kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { withExtendedLifetime(folder) {} }
        #expect(try store.unmoderatedEvidence().isEmpty)
    }
}
