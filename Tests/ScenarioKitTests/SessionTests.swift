import ScenarioKit
import Testing
import ThresholdEngine

@Suite("session")
struct SessionTests {
    static let text = """
        format: safedrill/1
        id: walk
        title: Walk
        version: 1
        summary: A session test.
        setting: homecare
        audience: [care-worker]
        source: tests
        facts: {care_and_support_needs: true}
        start: one
        nodes:
          one:
            stage: safety
            text: One.
            reveal: {distress: significant}
            choices:
              - {id: calm, text: Calm, points: 2, feedback: Yes., goto: two}
              - {id: rush, text: Rush, points: 0, feedback: No., goto: two}
          two:
            stage: evidence
            text: Two.
            reveal: {credible_threat: true}
            choices:
              - {id: keep, text: Keep, points: 2, feedback: Yes., goto: three}
              - {id: only-if-rushed, text: Slow down now, points: 1, feedback: Better., goto: three, when: "chose(one, rush)"}
          three:
            stage: thresholds
            text: Three.
            escalate: {prompt: Who?}
            goto: end
          end:
            ending: good
            text: End.
            debrief: Done.
        """

    func session() throws -> Session {
        let scenario = try #require(ScenarioLoader(schema: TestPolicy.schema).load(text: Self.text, path: "walk.yaml").scenario)
        return Session(scenario: scenario, escalations: ["manager_on_call", "police"])
    }

    @Test func factsGrowWithEachRevealOnThePath() throws {
        var session = try session()
        #expect(session.facts["distress"] == .word("significant"), "the start node's reveal is known at once")
        #expect(session.facts["credible_threat"] == nil)
        try session.answer(.choice("calm"))
        #expect(session.facts["credible_threat"] == .bool(true))
        #expect(session.facts["care_and_support_needs"] == .bool(true))
    }

    @Test("a choice's 'when' sees earlier answers", arguments: [("calm", ["keep"]), ("rush", ["keep", "only-if-rushed"])])
    func whenConditionsFilterChoices(first: String, shown: [String]) throws {
        var session = try session()
        try session.answer(.choice(first))
        #expect(session.availableChoices.map(\.id) == shown)
    }

    @Test func aHiddenChoiceCannotBeAnswered() throws {
        var session = try session()
        try session.answer(.choice("calm"))
        #expect(throws: Session.Failure.notAvailable("only-if-rushed")) { try session.answer(.choice("only-if-rushed")) }
    }

    @Test func answersOfTheWrongKindOrUnknownIDsAreRefused() throws {
        var session = try session()
        #expect(throws: Session.Failure.wrongKind(expected: "choices")) { try session.answer(.escalate([])) }
        try session.answer(.choice("calm"))
        try session.answer(.choice("keep"))
        #expect(throws: Session.Failure.unknownItems(["hr"])) { try session.answer(.escalate(["hr"])) }
        try session.answer(.escalate(["police"]))
        #expect(session.isFinished)
        #expect(throws: Session.Failure.finished) { try session.answer(.choice("calm")) }
    }

    @Test func undoReturnsToTheNodeWithWhatWasKnownThen() throws {
        var session = try session()
        try session.answer(.choice("calm"))
        try session.undo()
        #expect(session.nodeID == "one")
        #expect(session.facts["credible_threat"] == nil)
        #expect(session.steps.isEmpty)
        #expect(throws: Session.Failure.nothingToUndo) { try session.undo() }
    }

    @Test func replayingStoredAnswersRebuildsTheSameState() throws {
        var played = try session()
        try played.answer(.choice("rush"))
        try played.answer(.choice("only-if-rushed"))
        let stored = played.steps.map { (kind: $0.answer.kind, input: $0.answer.input) }
        let answers = stored.compactMap { Answer(kind: $0.kind, input: $0.input) }
        let replayed = try Session(scenario: played.scenario, escalations: played.escalations, replaying: answers)
        #expect(replayed.nodeID == played.nodeID)
        #expect(replayed.steps == played.steps)
    }

    @Test("typed input becomes an answer", arguments: [("2", ["b"]), (" 1, 3 ", ["a", "c"]), ("", [])])
    func selections(line: String, ids: [String]) throws {
        #expect(try AnswerParser.selection(line, among: ["a", "b", "c"]) == Set(ids))
    }

    @Test("bad input is explained", arguments: [("x", "'x' is not an option number"), ("7", "there is no option 7")])
    func badInput(line: String, message: String) {
        #expect(throws: (any Error).self) { try AnswerParser.selection(line, among: ["a", "b"]) }
        do { _ = try AnswerParser.selection(line, among: ["a", "b"]) } catch { #expect(error.description.hasPrefix(message)) }
    }
}
