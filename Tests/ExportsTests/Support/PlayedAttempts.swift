import Assessment
import Foundation
import Records
import ScenarioKit
import ThresholdEngine

/// Attempts played through the store API on the bundled scenarios, as the trainer plays them:
/// each answer committed as given, then the scorer's result stored with `finish`.
struct PlayedAttempts {
    enum Play {
        /// The best answer at every node, as the score analysis finds it.
        case best
        /// The fewest points, no escalation, everything disclosed, a thin record.
        case poor
    }

    static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let library: TrainingLibrary
    let store: RecordStore

    /// The bundled scenarios, policy and rubrics, loaded once for every test.
    private static let bundled = Result { () throws(DiagnosticError) in
        try TrainingLibrary.load(
            scenariosFolder: projectRoot.appendingPathComponent("Scenarios").path,
            policyPath: projectRoot.appendingPathComponent("Scoring/thresholds.yaml").path)
    }

    init(store: RecordStore) throws {
        library = try Self.bundled.get()
        self.store = store
    }

    /// 1 March 2026 09:00 UTC plus `seconds`.
    static func time(_ seconds: Double = 0) -> Date {
        Date(timeIntervalSince1970: 1_772_355_600 + seconds)
    }

    /// Plays `scenarioID` to its end (or for `answers` answers), one answer every 30.25 seconds from `start`.
    @discardableResult
    func play(
        _ scenarioID: String = "scam-link", as trainee: String, _ play: Play = .best, mode: Attempt.Mode = .assessment,
        supervisor: String? = nil, at start: Date = time(), answers limit: Int = .max
    ) throws -> Attempt {
        guard let scenario = library.scenario(scenarioID) else { throw PlayFailure.noScenario(scenarioID) }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: scenario.path))
        // A supervisor is registered before they supervise.
        if let supervisor { _ = try store.person(named: supervisor, role: .supervisor) }
        let attempt = try store.startAttempt(NewAttempt(
            personName: trainee, scenarioID: scenario.id, scenarioSHA256: scenario.sha256, scenarioBytes: bytes,
            policySHA256: library.policy.sha256, rubricsSHA256: library.rubricsSHA256, mode: mode, supervisor: supervisor, at: start))
        let best = Dictionary(library.bestPath(for: scenario).map { ($0.node, $0.input) }, uniquingKeysWith: { first, _ in first })
        var session = Session(scenario: scenario, escalations: library.policy.escalations.map(\.id))
        var clock = start
        while !session.isFinished, session.steps.count < limit, let node = session.node {
            let answer = try play == .best ? bestAnswer(best[node.id] ?? "", in: session) : poorAnswer(in: session)
            clock += 30.25
            try store.appendAnswer(attemptID: attempt.id, nodeID: node.id, kind: RecordedAnswer.Kind(rawValue: answer.kind) ?? .choice, input: answer.input, at: clock)
            try session.answer(answer)
        }
        guard case .ending(let ending, _)? = session.node?.kind else { return attempt }
        let result = library.scorer.mark(scenario, steps: session.steps, ending: ending)
        return try store.finish(
            attemptID: attempt.id, outcome: result.competent ? .competent : .notYetCompetent, percent: result.percent,
            resultJSON: String(decoding: try JSONEncoder().encode(result), as: UTF8.self), at: clock + 10)
    }

    private func bestAnswer(_ typed: String, in session: Session) throws -> Answer {
        let line = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        switch session.node?.kind {
        case .choices:
            return try AnswerParser.choice(line, among: session.availableChoices)
        case .escalate:
            return .escalate(try AnswerParser.selection(line, among: session.escalations))
        case .disclose(let disclosure, _):
            return .disclose(try AnswerParser.selection(line, among: disclosure.items.map(\.id)))
        default:
            return .record(typed.trimmingCharacters(in: .newlines))
        }
    }

    private func poorAnswer(in session: Session) -> Answer {
        switch session.node?.kind {
        case .choices:
            let worst = session.availableChoices.min { $0.points < $1.points }
            return .choice(worst?.id ?? "")
        case .escalate:
            return .escalate([])
        case .disclose(let disclosure, _):
            return .disclose(Set(disclosure.items.map(\.id)))
        default:
            return .record("Spoke to her, she seemed fine, \"no problem\".\nWill keep an eye on it.")
        }
    }

    enum PlayFailure: Error {
        case noScenario(String)
    }
}
