import Foundation
import Records
import Testing
import ThresholdEngine

/// Unfinished `assess` interviews kept in the store, and the decisions listed back.
@Suite("decision drafts")
struct DecisionDraftTests {
    static func policy() throws -> Policy {
        try Policy(text: """
            format: safedrill-policy/1
            id: drafts
            version: "1"
            jurisdiction: England
            facts:
              - {id: aware_at, type: datetime, question: When?}
              - {id: danger, type: bool, question: Danger?}
              - {id: risk, type: enum, values: [low, high], question: Risk?}
              - {id: loss, type: number, question: How much?}
              - {id: kinds, type: set, values: [financial, physical], question: Which kinds?}
            escalations:
              - {id: police, label: Police, who: Police, deadline: 24h}
            rules:
              - {id: danger, when: "danger or risk == high or loss > 100 or 'physical' in kinds", then: {police: required}, because: D., source: D.}
            """, path: "drafts.yaml")
    }

    @Test(arguments: StoreKind.allCases)
    func aDraftKeepsEveryKindOfAnswerAndReplaysToTheSameInterview(kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { _ = folder }
        let policy = try Self.policy()
        var interview = FactInterview(policy: policy)
        interview.answer("danger", with: nil)
        interview.answer("aware_at", with: .datetime(Samples.time()))
        interview.answer([("risk", .word("high")), ("loss", .number(250.5)), ("kinds", .set(["physical", "financial"]))])
        let first = try store.saveDecisionDraft(
            id: nil, recorder: "Mo Manager", policySHA256: policy.sha256, decideAt: Samples.time(60), steps: DecisionDraft.steps(of: interview), now: Samples.time(1))
        let found = try #require(try store.decisionDraft(id: String(first.id.prefix(8))))
        #expect(found.recorder == "Mo Manager")
        #expect(found.decideAt == Samples.time(60))
        let replayed = try #require(found.interview(on: policy))
        #expect(replayed.facts == interview.facts)
        #expect(replayed.history == interview.history)
        #expect(replayed.asked == interview.asked)
    }

    @Test(arguments: StoreKind.allCases)
    func savingAgainRewritesTheDraftAndDiscardingRemovesIt(kind: StoreKind) throws {
        let (store, folder) = try kind.makeStore()
        defer { _ = folder }
        let policy = try Self.policy()
        let draft = try store.saveDecisionDraft(id: nil, recorder: "Mo Manager", policySHA256: policy.sha256, decideAt: nil, steps: [], now: Samples.time(1))
        let other = try store.saveDecisionDraft(id: nil, recorder: "Ana Other", policySHA256: policy.sha256, decideAt: nil, steps: [], now: Samples.time(2))
        let steps = [[DecisionDraft.Answer(fact: "danger", value: "true")]]
        let again = try store.saveDecisionDraft(id: draft.id, recorder: "Mo Manager", policySHA256: policy.sha256, decideAt: nil, steps: steps, now: Samples.time(3))
        #expect(again.id == draft.id)
        #expect(again.startedAt == Samples.time(1))
        #expect(again.updatedAt == Samples.time(3))
        #expect(try store.decisionDrafts().map(\.id) == [draft.id, other.id])
        #expect(try store.decisionDrafts(recorder: "Ana Other").map(\.id) == [other.id])
        #expect(try store.decisionDrafts(recorder: "Nobody").isEmpty)
        try store.discardDecisionDraft(id: draft.id)
        #expect(try store.decisionDraft(id: draft.id) == nil)
        #expect(try store.decisionDrafts().map(\.id) == [other.id])
    }

    @Test func aDraftWhoseAnswerNoLongerFitsThePolicyIsNotReplayed() throws {
        let policy = try Self.policy()
        let draft = DecisionDraft(
            id: "x", recorder: "Mo", policySHA256: policy.sha256, decideAt: nil, startedAt: Samples.time(), updatedAt: Samples.time(),
            steps: [[DecisionDraft.Answer(fact: "risk", value: "severe")]])
        #expect(draft.interview(on: policy) == nil)
    }

    @Test func erasingThePersonRemovesTheirDrafts() throws {
        let store = try RecordStore.inMemory()
        let policy = try Self.policy()
        try store.saveDecisionDraft(id: nil, recorder: "Mo Manager", policySHA256: policy.sha256, decideAt: nil, steps: [], now: Samples.time())
        _ = try store.erase(personName: "Mo Manager", at: Samples.time(10))
        #expect(try store.decisionDrafts().isEmpty)
    }

    @Test func recordedDecisionsAreListedNewestFirstWithWhoMadeThem() throws {
        let store = try RecordStore.inMemory()
        let policy = try Self.policy()
        let facts = Facts(["danger": .bool(true), "kinds": .set(["physical"])])
        let older = try store.recordDecision(policy.decide(facts, at: Samples.time()), facts: facts, recorder: "Mo Manager")
        let newer = try store.recordDecision(policy.decide(Facts(), at: Samples.time(60)), facts: Facts(), recorder: "Ana Other")
        #expect(try store.decisions().map(\.decision.id) == [newer.id, older.id])
        let shown = try #require(try store.decision(id: String(older.id.prefix(6))))
        #expect(shown.recorder == "Mo Manager")
        #expect(shown.decision.facts(on: policy) == facts)
        #expect(throws: RecordError.self) { try store.decision(id: "ab") }
    }
}
