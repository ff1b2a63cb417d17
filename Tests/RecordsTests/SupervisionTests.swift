import Foundation
import Records
import Testing

@Suite struct SupervisionTests {
    @Test(arguments: StoreKind.allCases)
    func notesAreKeptInOrderEvenAfterTheAttemptIsFinished(kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { withExtendedLifetime(folder) {} }
        try Samples.registerSupervisor(in: store)
        let attempt = try store.startAttempt(Samples.newAttempt(mode: .supervision))

        try store.addNote(attemptID: attempt.id, nodeID: "arrive", author: "S Supervisor", text: "Good: asked first.", at: Samples.time(1))
        try store.finish(attemptID: attempt.id, outcome: .competent, percent: 90, resultJSON: "{}", at: Samples.time(2))
        try store.addNote(attemptID: attempt.id, nodeID: "end", author: "S Supervisor", text: "Debrief:\nrevisit consent.", at: Samples.time(3))

        let notes = try store.notes(attemptID: attempt.id)
        #expect(notes.map(\.text) == ["Good: asked first.", "Debrief:\nrevisit consent."])
        #expect(notes.map(\.nodeID) == ["arrive", "end"])
        #expect(notes.allSatisfy { $0.id != nil })
        #expect(throws: RecordError.emptyText(field: "a note")) {
            try store.addNote(attemptID: attempt.id, nodeID: "end", author: "S", text: "  ", at: Samples.time(4))
        }
        #expect(throws: RecordError.unknownAttempt("missing")) {
            try store.addNote(attemptID: "missing", nodeID: "end", author: "S", text: "x", at: Samples.time(4))
        }
    }

    @Test(arguments: StoreKind.allCases)
    func overridesNeedAReasonAndStopWhenTheAttemptIsFinished(kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { withExtendedLifetime(folder) {} }
        try Samples.registerSupervisor(in: store)
        let attempt = try store.startAttempt(Samples.newAttempt(mode: .supervision))

        let made = try store.overrideScore(
            attemptID: attempt.id, nodeID: "write-it-down", percent: 75,
            reason: "Quoted her words; the rubric missed the quote marks.", author: "S Supervisor", at: Samples.time(5))
        #expect(throws: RecordError.emptyText(field: "an override's reason")) {
            try store.overrideScore(attemptID: attempt.id, nodeID: "n", percent: 1, reason: "", author: "S", at: Samples.time(6))
        }
        #expect(throws: (any Error).self) {
            try store.overrideScore(attemptID: attempt.id, nodeID: "n", percent: 101, reason: "r", author: "S", at: Samples.time(6))
        }
        try store.finish(attemptID: attempt.id, outcome: .competent, percent: 90, resultJSON: "{}", at: Samples.time(7))
        #expect(throws: RecordError.alreadyFinished(attempt.id)) {
            try store.overrideScore(attemptID: attempt.id, nodeID: "n", percent: 50, reason: "r", author: "S", at: Samples.time(8))
        }

        #expect(try store.overrides(attemptID: attempt.id) == [made])
    }
}
