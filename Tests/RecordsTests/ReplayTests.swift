import Assessment
import Foundation
import Records
import ScenarioKit
import Testing

/// Stored answers replayed (`AnswerReplay`), and `verify` holding every completed attempt's result
/// to a replay of its answers (issue 18, items 4 and 6).
@Suite struct ReplayTests {
    /// scam-link's answers as `node|kind|input`, stored one by one.
    static func store(_ rows: [String], in store: RecordStore, attemptID: String) throws {
        for (offset, row) in rows.enumerated() {
            let parts = row.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            try store.appendAnswer(
                attemptID: attemptID, nodeID: parts[0], kind: RecordedAnswer.Kind(rawValue: parts[1]) ?? .choice, input: parts[2],
                at: Samples.time(Double(offset + 1)))
        }
    }

    /// Finishes the attempt with the result of a live session that gave `answers`.
    static func finish(_ attemptID: String, as answers: [Answer], scenario: Scenario, library: TrainingLibrary, in store: RecordStore) throws {
        let session = try Session(scenario: scenario, escalations: library.policy.escalations.map(\.id), replaying: answers)
        guard case .ending(let ending, _)? = session.node?.kind else { throw ReplayTestFailure.notAtAnEnding(session.nodeID) }
        let result = library.scorer.mark(scenario, steps: session.steps, ending: ending)
        try store.finish(
            attemptID: attemptID, outcome: result.competent ? .competent : .notYetCompetent, percent: result.percent,
            resultJSON: String(decoding: try JSONEncoder().encode(result), as: UTF8.self), at: Samples.time(60))
    }

    enum ReplayTestFailure: Error { case notAtAnEnding(String) }

    static let played = ["night-knock|choice|sit-and-listen", "safety-check|choice|open-safety-questions", "keep-or-delete|choice|factory-reset"]
    static let playedAnswers: [Answer] = [.choice("sit-and-listen"), .choice("open-safety-questions"), .choice("factory-reset")]

    /// A store holding one scam-link attempt with `rows` stored, finished as `finishedAs` played it.
    static func attempt(_ rows: [String], finishedAs: [Answer] = playedAnswers, policy: String? = nil) throws -> (RecordStore, TrainingLibrary, String) {
        let library = try BundledLibrary.load()
        let scenario = try #require(library.scenario("scam-link"))
        let store = try RecordStore.inMemory()
        var new = try BundledLibrary.newAttempt(scenario, library: library)
        if let policy { new.policySHA256 = policy }
        let attempt = try store.startAttempt(new)
        try Self.store(rows, in: store, attemptID: attempt.id)
        try finish(attempt.id, as: finishedAs, scenario: scenario, library: library, in: store)
        return (store, library, attempt.id)
    }

    @Test func replayFollowsBackAndNamesEachNodeOnThePath() throws {
        let library = try BundledLibrary.load()
        let scenario = try #require(library.scenario("scam-link"))
        let (store, _, id) = try Self.attempt([
            "night-knock|choice|sit-and-listen", "safety-check|choice|reassure-empty", "safety-check|back|",
            "safety-check|choice|open-safety-questions", "keep-or-delete|choice|factory-reset",
        ])
        let answers = try store.answers(attemptID: id)

        let replay = try AnswerReplay(answers, scenario: scenario, escalations: library.policy.escalations.map(\.id))

        #expect(replay.path == ["night-knock", "safety-check", "keep-or-delete", "safety-check", "keep-or-delete", "ending-poor-evidence"])
        #expect(replay.misplaced.isEmpty)
        #expect(replay.session.steps.map(\.answer) == Self.playedAnswers)
        #expect(replay.standing.map(\.seq) == [1, 4, 5])
        #expect(replay.standing.count == replay.session.steps.count)
    }

    @Test func anAttemptThatReplaysToItsResultPassesVerify() throws {
        let (store, library, _) = try Self.attempt(Self.played)

        let report = try store.verify(replayingWith: library)

        #expect(report.isOK, "\(report.problems)")
        #expect(report.replayed == 1)
    }

    @Test func answersOfTwoSessionsInOneAttemptAreAFinding() throws {
        // A second session, started before the first answered, stores its first answer after the first session's.
        let interleaved = [Self.played[0], "night-knock|choice|sit-and-listen", Self.played[1], Self.played[2]]
        let (store, library, id) = try Self.attempt(interleaved)

        #expect(try store.verify().isOK, "the chain holds: it committed to what was stored")
        let report = try store.verify(replayingWith: library)

        #expect(report.problems.map(\.recordID) == [id])
        #expect(report.problems.first?.finding == .notReplayable)
        #expect(report.problems.first?.detail.contains("answer 2 does not fit node 'safety-check' of the stored scenario: 'sit-and-listen' is not a choice there") == true, "\(report.problems)")
    }

    @Test func aStoredResultThatIsNotWhatTheAnswersGiveIsAFinding() throws {
        let (store, library, id) = try Self.attempt(
            Self.played, finishedAs: [.choice("sit-and-listen"), .choice("leading-question"), .choice("factory-reset")])

        let report = try store.verify(replayingWith: library)

        #expect(report.problems.map(\.recordID) == [id])
        #expect(report.problems.first?.detail.contains("is not what its 3 stored answers give") == true, "\(report.problems)")
    }

    @Test func anAnswerFiledAtTheWrongNodeIsAFinding() throws {
        // As `back` filed it before the fix: the answer after it under the node before it.
        let (store, library, id) = try Self.attempt([
            "night-knock|choice|sit-and-listen", "safety-check|choice|open-safety-questions", "safety-check|back|",
            "keep-or-delete|choice|open-safety-questions", "keep-or-delete|choice|factory-reset",
        ])

        let report = try store.verify(replayingWith: library)

        #expect(report.problems.map(\.detail) == ["answer 4 is stored at 'keep-or-delete' but was given at 'safety-check'"])
        #expect(report.problems.map(\.recordID) == [id])
    }

    @Test func anAttemptScoredUnderAnotherPolicyIsCountedNotReplayed() throws {
        let (store, library, _) = try Self.attempt(Self.played, finishedAs: [.choice("sit-and-listen"), .choice("leading-question"), .choice("factory-reset")], policy: String(repeating: "c", count: 64))

        let report = try store.verify(replayingWith: library)

        #expect(report.isOK)
        #expect(report.notReplayed == 1)
        #expect(report.replayed == 0)
    }
}
