import Foundation
import Records
import Testing

@testable import Exports

@Suite struct ExportedAttemptsTests {
    @Test func everyAttemptWithItsAnswersOldestFirst() throws {
        let store = try RecordStore.inMemory()
        let player = try PlayedAttempts(store: store)
        let later = try player.play(as: "Ada Trainee", .poor, at: PlayedAttempts.time(3600))
        let first = try player.play(as: "Ben Trainee", mode: .supervision, supervisor: "Sam Supervisor")
        let unfinished = try player.play(as: "Ada Trainee", at: PlayedAttempts.time(7200), answers: 2)

        let attempts = try store.exportedAttempts(since: nil)

        #expect(attempts.map(\.id) == [first.id, later.id, unfinished.id])
        #expect(attempts.map(\.trainee.name) == ["Ben Trainee", "Ada Trainee", "Ada Trainee"])
        #expect(attempts[0].supervisor?.name == "Sam Supervisor")
        #expect(attempts[0].supervisor?.role == .supervisor)
        #expect(attempts[0].outcome == .competent)
        #expect(attempts[1].outcome == .notYetCompetent)
        #expect(attempts[2].status == .inProgress && attempts[2].result == nil && attempts[2].answers.count == 2)
        for (exported, stored) in zip(attempts, [first, later, unfinished]) {
            #expect(exported.answers == (try store.answers(attemptID: stored.id)))
            #expect(exported.percent == stored.percent)
        }
        #expect(attempts[0].result?.decisions.count == attempts[0].answers.count)
    }

    @Test func pseudonymsAreStablePerPersonAndRevealNoName() throws {
        let store = try RecordStore.inMemory()
        let player = try PlayedAttempts(store: store)
        try player.play(as: "Ada Trainee", supervisor: "Sam Supervisor")
        try player.play(as: "Ada Trainee", at: PlayedAttempts.time(600))
        try player.play(as: "Ben Trainee", at: PlayedAttempts.time(1200))

        let first = try store.exportedAttempts(since: nil)
        let again = try store.exportedAttempts(since: nil)

        let ada = try #require(first[0].trainee.pseudonym)
        #expect(first[1].trainee.pseudonym == ada)
        #expect(again.map(\.trainee.pseudonym) == first.map(\.trainee.pseudonym))
        #expect(first[2].trainee.pseudonym != ada)
        #expect(first[0].supervisor?.pseudonym != nil && first[0].supervisor?.pseudonym != ada)
        #expect(ada.count == 32 && ada.allSatisfy(\.isHexDigit))
        #expect(!ada.localizedCaseInsensitiveContains("ada"))
    }

    @Test func sinceKeepsAttemptsStartedAtOrAfterIt() throws {
        let store = try RecordStore.inMemory()
        let player = try PlayedAttempts(store: store)
        try player.play(as: "Ada Trainee", at: PlayedAttempts.time(0))
        let onTheDot = try player.play(as: "Ada Trainee", at: PlayedAttempts.time(86_400))
        let after = try player.play(as: "Ada Trainee", at: PlayedAttempts.time(90_000))

        #expect(try store.exportedAttempts(since: PlayedAttempts.time(86_400)).map(\.id) == [onTheDot.id, after.id])
        #expect(try store.exportedAttempts(since: PlayedAttempts.time(200_000)).isEmpty)
    }

    @Test func voidedAttemptsAreMarkedAndErasedPeopleAreGone() throws {
        let store = try RecordStore.inMemory()
        let player = try PlayedAttempts(store: store)
        let voided = try player.play(as: "Ada Trainee")
        try player.play(as: "Ben Trainee", at: PlayedAttempts.time(60))
        try store.void(recordID: voided.id, reason: "played on a colleague's login", author: "Sam Supervisor", at: PlayedAttempts.time(5000))
        try store.erase(personName: "Ben Trainee", at: PlayedAttempts.time(6000))

        let attempts = try store.exportedAttempts(since: nil)

        #expect(attempts.map(\.id) == [voided.id])
        #expect(attempts[0].void?.reason == "played on a colleague's login")
        #expect(attempts[0].void?.author == "Sam Supervisor")
        #expect(attempts[0].void?.voidedAt == PlayedAttempts.time(5000))
    }

    @Test func aStepBackTakesBackTheAnswerBeforeIt() throws {
        let store = try RecordStore.inMemory()
        let player = try PlayedAttempts(store: store)
        let attempt = try player.play(as: "Ada Trainee", mode: .practice, answers: 2)
        let answers = try store.answers(attemptID: attempt.id)
        try store.appendAnswer(attemptID: attempt.id, nodeID: answers[1].nodeID, kind: .back, input: "", at: PlayedAttempts.time(500))
        try store.appendAnswer(attemptID: attempt.id, nodeID: answers[1].nodeID, kind: answers[1].kind, input: answers[1].input, at: PlayedAttempts.time(600))

        let exported = try #require(try store.exportedAttempts(since: nil).first)

        #expect(exported.answers.map(\.seq) == [1, 2, 3, 4])
        let scenario = try #require(player.library.scenario(exported.scenarioID))
        let escalations = player.library.policy.escalations.map(\.id)
        #expect(try exported.standingAnswers(on: scenario, escalations: escalations).map(\.seq) == [1, 4])
    }

    @Test func aResultTheScorerDidNotWriteIsRefusedByAttempt() throws {
        let store = try RecordStore.inMemory()
        let player = try PlayedAttempts(store: store)
        let attempt = try player.play(as: "Ada Trainee", answers: 1)
        try store.finish(attemptID: attempt.id, outcome: .competent, percent: 90, resultJSON: #"{"percent":90}"#, at: PlayedAttempts.time(100))

        #expect(throws: ExportError.unreadableResult(attemptID: attempt.id)) { try store.exportedAttempts(since: nil) }
    }
}
