import Foundation
@testable import Records
import Testing

@Suite struct LookupTests {
    @Test(arguments: StoreKind.allCases)
    func unfinishedAttemptsComeMostRecentlyAnsweredFirst(kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { withExtendedLifetime(folder) {} }
        let old = try store.startAttempt(Samples.newAttempt(by: "A Trainee", at: Samples.time(0)))
        let newer = try store.startAttempt(Samples.newAttempt(by: "A Trainee", at: Samples.time(10)))
        let other = try store.startAttempt(Samples.newAttempt(by: "B Trainee", at: Samples.time(20)))
        let done = try store.startAttempt(Samples.newAttempt(by: "A Trainee", at: Samples.time(30)))
        try store.finish(attemptID: done.id, outcome: .competent, percent: 80, resultJSON: "{}", at: Samples.time(40))
        // Answering the oldest makes it the one to resume.
        try store.appendAnswer(attemptID: old.id, nodeID: "arrive", kind: .choice, input: "1", at: Samples.time(50))

        #expect(try store.unfinishedAttempts(personName: nil).map(\.id) == [old.id, other.id, newer.id])
        #expect(try store.unfinishedAttempts(personName: "A Trainee").map(\.id) == [old.id, newer.id])
        #expect(try store.unfinishedAttempts(personName: "Nobody").isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func attemptsFilterByPersonScenarioAndStatusNewestFirst(kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { withExtendedLifetime(folder) {} }
        let first = try store.startAttempt(Samples.newAttempt(by: "A Trainee", scenario: "scam-link", at: Samples.time(0)))
        let second = try store.startAttempt(Samples.newAttempt(by: "A Trainee", scenario: "coercive-texting", at: Samples.time(10)))
        let third = try store.startAttempt(Samples.newAttempt(by: "B Trainee", scenario: "scam-link", at: Samples.time(20)))
        try store.finish(attemptID: first.id, outcome: .notYetCompetent, percent: 40, resultJSON: "{}", at: Samples.time(30))

        #expect(try store.attempts(personName: nil, scenarioID: nil, status: nil).map(\.id) == [third.id, second.id, first.id])
        #expect(try store.attempts(personName: "A Trainee", scenarioID: nil, status: nil).map(\.id) == [second.id, first.id])
        #expect(try store.attempts(personName: nil, scenarioID: "scam-link", status: nil).map(\.id) == [third.id, first.id])
        #expect(try store.attempts(personName: nil, scenarioID: nil, status: .completed).map(\.id) == [first.id])
        #expect(try store.attempts(personName: "A Trainee", scenarioID: "scam-link", status: .inProgress).isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func findsAnAttemptByAUniquePrefixLikeGit(kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { withExtendedLifetime(folder) {} }
        let attempt = try store.startAttempt(Samples.newAttempt())

        #expect(try store.attempt(id: attempt.id) == attempt)
        #expect(try store.attempt(id: attempt.id.uppercased()) == attempt)
        #expect(try store.attempt(id: String(attempt.id.prefix(6))) == attempt)
        #expect(try store.attempt(id: "zzzzzzzz") == nil)
        #expect(try store.attempt(id: "%%%%%%") == nil)
        #expect(throws: RecordError.prefixTooShort("abc")) { try store.attempt(id: "abc") }
    }

    @Test(arguments: StoreKind.allCases)
    func refusesAnAmbiguousPrefix(kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { withExtendedLifetime(folder) {} }
        let first = try store.startAttempt(Samples.newAttempt(), id: "abcdef01-0000-4000-8000-000000000001")
        let second = try store.startAttempt(Samples.newAttempt(), id: "abcdef02-0000-4000-8000-000000000002")

        #expect(throws: RecordError.ambiguousPrefix("abcdef")) { try store.attempt(id: "abcdef") }
        #expect(throws: RecordError.ambiguousPrefix("ABCDEF0")) { try store.attempt(id: "ABCDEF0") }
        #expect(try store.attempt(id: "abcdef01") == first)
        #expect(try store.attempt(id: "abcdef02") == second)
    }

    @Test(arguments: StoreKind.allCases)
    func listsTheAttemptsAPrefixOfAnyLengthFits(kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { withExtendedLifetime(folder) {} }
        let first = try store.startAttempt(Samples.newAttempt(at: Samples.time(0)), id: "abcdef01-0000-4000-8000-000000000001")
        let second = try store.startAttempt(Samples.newAttempt(at: Samples.time(10)), id: "abcdef02-0000-4000-8000-000000000002")
        let other = try store.startAttempt(Samples.newAttempt(at: Samples.time(20)), id: "12345678-0000-4000-8000-000000000003")

        #expect(try store.listing(RecordQuery(idPrefix: "ab")).map(\.id) == [second.id, first.id])
        #expect(try store.listing(RecordQuery(idPrefix: " ABCDEF01 ")).map(\.id) == [first.id])
        #expect(try store.listing(RecordQuery(idPrefix: "1")).map(\.id) == [other.id])
        #expect(try store.listing(RecordQuery(idPrefix: "ab%")).isEmpty, "% is a character, not a wildcard")
        #expect(try store.listing(RecordQuery(idPrefix: "_")).isEmpty)
        #expect(try store.listing(RecordQuery(idPrefix: "zz")).isEmpty)
    }
}
