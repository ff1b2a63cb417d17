import Foundation
import Records
import Testing

@Suite struct AnswerTests {
    @Test(arguments: StoreKind.allCases)
    func answersKeepTheirOrderAndExactText(kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { withExtendedLifetime(folder) {} }
        let attempt = try store.startAttempt(Samples.newAttempt())
        let given: [(String, RecordedAnswer.Kind, String)] = [
            ("arrive", .choice, "2"),
            ("who-to-tell", .escalate, "1 3"),
            ("share", .disclose, ""),
            ("write-it-down", .record, """
                09:40 Mrs Adébáyọ̀ said "he told me not to tell anyone" — she's scared.\r
                Username: @kev_1987 ; it's 'urgent' 😟\\n (literal backslash-n)

                Tab:\there.
                """),
            ("write-it-down", .back, ""),
        ]

        for (offset, (node, kind, input)) in given.enumerated() {
            let seq = try store.appendAnswer(
                attemptID: attempt.id, nodeID: node, kind: kind, input: input,
                at: Samples.time(Double(offset) * 30 + 0.25))
            #expect(seq == offset + 1)
        }

        let answers = try store.answers(attemptID: attempt.id)
        #expect(answers.map(\.seq) == Array(1...given.count))
        #expect(answers.map(\.nodeID) == given.map(\.0))
        #expect(answers.map(\.kind) == given.map(\.1))
        #expect(answers.map(\.input) == given.map(\.2))
        #expect(answers.map(\.answeredAt) == given.indices.map { Samples.time(Double($0) * 30 + 0.25) })
    }

    @Test(arguments: StoreKind.allCases)
    func everyAnswerMovesUpdatedAtForward(kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { withExtendedLifetime(folder) {} }
        let attempt = try store.startAttempt(Samples.newAttempt())

        try store.appendAnswer(attemptID: attempt.id, nodeID: "arrive", kind: .choice, input: "1", at: Samples.time(60))
        #expect(try store.attempt(id: attempt.id)?.updatedAt == Samples.time(60))

        // A clock that steps back must not make an active attempt look older.
        try store.appendAnswer(attemptID: attempt.id, nodeID: "next", kind: .choice, input: "2", at: Samples.time(30))
        #expect(try store.attempt(id: attempt.id)?.updatedAt == Samples.time(60))
    }

    @Test(arguments: StoreKind.allCases)
    func refusesAnswersToAFinishedOrUnknownAttempt(kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { withExtendedLifetime(folder) {} }
        let attempt = try store.startAttempt(Samples.newAttempt())
        try store.finish(attemptID: attempt.id, outcome: .competent, percent: 100, resultJSON: "{}", at: Samples.time(9))

        #expect(throws: RecordError.alreadyFinished(attempt.id)) {
            try store.appendAnswer(attemptID: attempt.id, nodeID: "n", kind: .choice, input: "1", at: Samples.time(10))
        }
        #expect(throws: RecordError.unknownAttempt("missing")) {
            try store.appendAnswer(attemptID: "missing", nodeID: "n", kind: .choice, input: "1", at: Samples.time(10))
        }
        #expect(try store.answers(attemptID: attempt.id).isEmpty)
    }

    /// GRDB hands SQLite a C string, which would end at the NUL: refused, never stored cut short.
    @Test func anAnswerWithANULIsRefusedNotCutShort() throws {
        let store = try RecordStore.inMemory()
        let attempt = try store.startAttempt(Samples.newAttempt())
        #expect(throws: RecordError.self) {
            try store.appendAnswer(attemptID: attempt.id, nodeID: "record", kind: .record, input: "before\0after", at: Samples.time(1))
        }
        #expect(try store.answers(attemptID: attempt.id).isEmpty)
    }
}
