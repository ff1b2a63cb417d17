import Assessment
import Foundation
import GRDB
import ScenarioKit

/// What the team report counts from one marked result, kept beside the attempt (a column per
/// stage, a row per missed or over-used escalation and per critical error) so that the report is
/// a GROUP BY over them rather than a parse of every stored result.
struct MarkedFigures: Sendable {
    /// Each stage's score, for the stages the attempt made a decision in.
    var stagePercents: [WorkflowStage: Double] = [:]
    /// One per escalation missed (true) or over-used (false), decision by decision.
    var escalations: [(escalation: String, missed: Bool)] = []
    /// What each critical error was.
    var criticalErrors: [String] = []

    /// The figures of a stored result; none when the text is not a scorer's result.
    init(resultJSON json: String) {
        guard let result = try? JSONDecoder().decode(AttemptResult.self, from: Data(json.utf8)) else { return }
        for stage in result.stages {
            if let percent = stage.percent { stagePercents[stage.stage] = percent }
        }
        for judgement in result.decisions.compactMap(\.escalation) {
            escalations += judgement.missed.map { ($0, true) } + judgement.overUsed.map { ($0, false) }
        }
        criticalErrors = result.criticalErrors.map(\.what)
    }

    /// The attempt column that holds a stage's score.
    static func column(_ stage: WorkflowStage) -> String { "stage_" + stage.rawValue }

    /// Stores the figures of attempt `attemptID`, inside the caller's transaction.
    func write(attemptID: String, in db: Database) throws {
        let stages = WorkflowStage.allCases
        try db.execute(
            sql: "UPDATE attempt SET " + stages.map { Self.column($0) + " = ?" }.joined(separator: ", ") + " WHERE id = ?",
            arguments: StatementArguments(stages.map { stagePercents[$0] } as [(any DatabaseValueConvertible)?] + [attemptID]))
        for (escalation, missed) in escalations {
            try db.execute(
                sql: "INSERT INTO attempt_escalation (attempt_id, escalation, missed) VALUES (?, ?, ?)",
                arguments: [attemptID, escalation, missed])
        }
        for what in criticalErrors {
            try db.execute(sql: "INSERT INTO attempt_critical_error (attempt_id, what) VALUES (?, ?)", arguments: [attemptID, what])
        }
    }
}
