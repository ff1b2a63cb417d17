import Assessment
import Foundation
import Records
import ScenarioKit
import Testing

/// Issue 18, item 5: random walks with random `back` over every bundled scenario, played by the
/// built binary. What it stores must be the walk: the same answers at the same nodes, a replay of
/// them the same path, and the stored result the scorer's result for the walk.
@Suite("random walks with back, replayed from the store")
struct BackWalkPropertyTests {
    /// Change it to try other walks; a failure names it with the scenario, so it reproduces.
    static let baseSeed: UInt64 = 18
    static let walksPerScenario = 20
    static let actionsPerWalk = 40

    @Test("stored walks replay as they were played", arguments: BundledScenarios.ids)
    func storedWalksReplayAsTheyWerePlayed(scenarioID: String) throws {
        let library = try BundledScenarios.library()
        let scenario = try #require(library.scenario(scenarioID))
        let seed = SeededRandom.seed(Self.baseSeed, for: scenarioID)
        var random = SeededRandom(seed: seed)
        let escalations = library.policy.escalations.map(\.id)
        let walks = (0..<Self.walksPerScenario).map { _ in
            RandomWalk(scenario, escalations: escalations, actions: Self.actionsPerWalk, using: &random)
        }
        #expect(walks.contains { $0.session.isFinished } && walks.contains { $0.lines.contains("back") }, "seed \(seed): the walks should finish and go back")
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        // One REPL plays every walk: one process per scenario rather than per walk.
        let input = walks.map { (["play \(scenarioID) practice"] + $0.lines).joined(separator: "\n") }.joined(separator: "\n") + "\nquit\n"
        let played = try SafeDrillProcess.run(["--as", "Walker", "--db", db], input: input)
        #expect(played.status == 0, "seed \(seed): \(played.stderr)")
        #expect(!played.stdout.contains("Error"), "seed \(seed)")

        let store = try RecordStore(path: db)
        let ids = try RecordsCommandTests.query(db, "SELECT id FROM attempt ORDER BY rowid").split(separator: "\n").map(String.init)
        try #require(ids.count == walks.count, "seed \(seed)")
        for (index, (id, walk)) in zip(ids, walks).enumerated() {
            let label = "seed \(seed), walk \(index)"
            let answers = try store.answers(attemptID: id)
            #expect(answers.map { "\($0.nodeID)|\($0.kind.rawValue)|\($0.input)" } == walk.rows, "\(label)")
            let replay = try AnswerReplay(answers, scenario: scenario, escalations: escalations)
            #expect(replay.path == walk.path, "\(label)")
            #expect(replay.misplaced.isEmpty, "\(label)")
            #expect(replay.session.steps == walk.session.steps, "\(label)")
            let attempt = try #require(try store.attempt(id: id))
            guard case .ending(let ending, _)? = walk.session.node?.kind else {
                #expect(attempt.status == .inProgress, "\(label)")
                continue
            }
            let live = library.scorer.mark(scenario, steps: walk.session.steps, ending: ending)
            let stored = try JSONDecoder().decode(AttemptResult.self, from: Data((attempt.resultJSON ?? "").utf8))
            #expect(stored == live, "\(label)")
            #expect(replay.result(by: library.scorer, overrides: []) == live, "\(label)")
            #expect(attempt.percent == live.percent, "\(label)")
        }
        let verified = try SafeDrillProcess.run(["records", "verify", "--db", db])
        #expect(verified.status == 0, "seed \(seed): \(verified.stdout)")
    }
}
