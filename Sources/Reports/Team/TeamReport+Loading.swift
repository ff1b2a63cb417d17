import Foundation
import GRDB
import Records
import ScenarioKit

extension TeamReport {
    /// Computes every team figure in SQL (`TeamQueries`) on one snapshot of the store.
    public static func load(from store: RecordStore, scope: ReportScope) throws -> TeamReport {
        let arguments: StatementArguments = ["since": scope.sinceParameter]
        return try store.read { db in
            func rows(_ sql: String) throws -> [Row] { try Row.fetchAll(db, sql: sql, arguments: arguments) }
            var stages: [String: [WorkflowStage: Double]] = [:]
            for row in try rows(TeamQueries.stageScores) {
                guard let trainee = row["trainee"] as String?, let mean = row["mean"] as Double?,
                    let stage = (row["stage"] as String?).flatMap(WorkflowStage.init(rawValue:))
                else { continue }
                stages[trainee, default: [:]][stage] = mean
            }
            let trainees = try rows(TeamQueries.trainees).map { row in
                let name: String = row["trainee"] ?? ""
                return TraineeStageScores(
                    trainee: name, attempts: row["attempts"] ?? 0, competent: row["competent"] ?? 0,
                    lastAttempt: (row["last"] as String?).flatMap(ReportScope.date(storedText:)), stages: stages[name] ?? [:])
            }
            let scenarios = try rows(TeamQueries.scenarios).map { row in
                ScenarioPassRate(scenarioID: row["scenario"] ?? "", attempts: row["attempts"] ?? 0, competent: row["competent"] ?? 0, meanPercent: row["mean"] ?? 0)
            }
            return TeamReport(
                scope: scope,
                attempts: trainees.reduce(0) { $0 + $1.attempts },
                voided: try Int.fetchOne(db, sql: TeamQueries.voided, arguments: arguments) ?? 0,
                trainees: trainees,
                scenarios: scenarios,
                escalations: try escalations(rows(TeamQueries.escalations)),
                criticalErrors: try rows(TeamQueries.criticalErrors).map { row in
                    CriticalErrorTally(scenarioID: row["scenario"] ?? "", what: row["what"] ?? "", times: row["times"] ?? 0)
                },
                refreshes: try rows(TeamQueries.refreshes).compactMap { row in
                    guard let due = (row["refreshDue"] as String?).flatMap(ReportScope.date(storedText:)) else { return nil }
                    return RefreshStatus(trainee: row["trainee"] ?? "", packID: row["pack"] ?? "", refreshDue: due, scope: scope)
                },
                trends: try rows(TeamQueries.trends).map { row in
                    MonthlyTrend(month: row["month"] ?? "", attempts: row["attempts"] ?? 0, meanPercent: row["mean"] ?? 0, passRate: row["passRate"] ?? 0)
                })
        }
    }

    /// One tally per escalation from the query's (escalation, missed|overUsed, times) rows.
    private static func escalations(_ rows: [Row]) -> [EscalationTally] {
        var tallies: [String: EscalationTally] = [:]
        for row in rows {
            guard let id = row["escalation"] as String? else { continue }
            var tally = tallies[id] ?? EscalationTally(escalation: id, missed: 0, overUsed: 0)
            if row["how"] == "missed" { tally.missed += row["times"] ?? 0 } else { tally.overUsed += row["times"] ?? 0 }
            tallies[id] = tally
        }
        return tallies.values.sorted { ($0.missed + $0.overUsed, $1.escalation) > ($1.missed + $1.overUsed, $0.escalation) }
    }
}
