import Foundation
@testable import Records
import Testing
import ThresholdEngine

@Suite struct AttemptTests {
    @Test(arguments: StoreKind.allCases)
    func startingAnAttemptPinsItsSourcesAndRegistersThePerson(kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { withExtendedLifetime(folder) {} }

        try Samples.registerSupervisor(in: store)

        let attempt = try store.startAttempt(Samples.newAttempt(mode: .supervision))

        #expect(attempt.id.count == 36)
        #expect(attempt.id == attempt.id.lowercased())
        #expect(attempt.status == .inProgress)
        #expect(attempt.scenarioSHA256 == ContentHash.sha256(Samples.scenarioBytes))
        #expect(attempt.policySHA256 == Samples.policySHA256)
        #expect(attempt.rubricsSHA256 == Samples.rubricsSHA256)
        #expect(attempt.supervisor == "S Supervisor")
        #expect(attempt.startedAt == Samples.time())
        #expect(attempt.updatedAt == Samples.time())
        #expect(try store.attempt(id: attempt.id) == attempt)
        // The trainee is registered by the attempt; the supervisor was registered before it.
        #expect(try store.people().filter { $0.role == .trainee }.map(\.id) == [attempt.personID])
    }

    @Test(arguments: StoreKind.allCases)
    func storesTheScenarioSourceOnceForTwoAttempts(kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { withExtendedLifetime(folder) {} }

        let first = try store.startAttempt(Samples.newAttempt(by: "A Trainee"))
        let second = try store.startAttempt(Samples.newAttempt(by: "B Trainee"))
        try store.storeScenarioSource(
            sha256: first.scenarioSHA256, scenarioID: "scam-link", bytes: Samples.scenarioBytes)

        #expect(first.scenarioSHA256 == second.scenarioSHA256)
        #expect(try store.scenarioSource(sha256: first.scenarioSHA256) == Samples.scenarioBytes)
        #expect(try store.rowCount("scenario_source") == 1)
    }

    @Test(arguments: StoreKind.allCases)
    func keepsTheOldSourceWhenTheScenarioFileChanges(kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { withExtendedLifetime(folder) {} }
        let edited = Samples.scenarioBytes + Data("summary: edited\n".utf8)

        let before = try store.startAttempt(Samples.newAttempt())
        let after = try store.startAttempt(Samples.newAttempt(bytes: edited))

        #expect(try store.scenarioSource(sha256: before.scenarioSHA256) == Samples.scenarioBytes)
        #expect(try store.scenarioSource(sha256: after.scenarioSHA256) == edited)
        #expect(try store.scenarioSource(sha256: String(repeating: "0", count: 64)) == nil)
    }

    @Test(arguments: StoreKind.allCases)
    func refusesBytesThatDoNotMatchTheirHash(kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { withExtendedLifetime(folder) {} }
        var new = Samples.newAttempt()
        new.scenarioBytes = Data("something else".utf8)

        #expect(throws: RecordError.self) { try store.startAttempt(new) }
        #expect(try store.attempts(personName: nil, scenarioID: nil, status: nil).isEmpty)
        #expect(try store.people().isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func finishesOnceAndRefusesTheSecondTime(kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { withExtendedLifetime(folder) {} }
        let attempt = try store.startAttempt(Samples.newAttempt())
        let result = #"{"percent":82.5,"stages":{"safety":100}}"#

        try store.finish(
            attemptID: attempt.id, outcome: .competent, percent: 82.5, resultJSON: result,
            at: Samples.time(600))

        #expect(throws: RecordError.alreadyFinished(attempt.id)) {
            try store.finish(
                attemptID: attempt.id, outcome: .notYetCompetent, percent: 10, resultJSON: "{}",
                at: Samples.time(700))
        }
        let finished = try #require(try store.attempt(id: attempt.id))
        #expect(finished.status == .completed)
        #expect(finished.outcome == .competent)
        #expect(finished.percent == 82.5)
        #expect(finished.resultJSON == result)
        #expect(finished.finishedAt == Samples.time(600))
        #expect(finished.updatedAt == Samples.time(600))
    }

    @Test(arguments: StoreKind.allCases)
    func refusesToFinishAnUnknownAttempt(kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { withExtendedLifetime(folder) {} }

        #expect(throws: RecordError.unknownAttempt("nope")) {
            try store.finish(attemptID: "nope", outcome: .competent, percent: 90, resultJSON: "{}", at: Samples.time())
        }
    }
}
