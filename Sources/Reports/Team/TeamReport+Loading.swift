import Foundation
import GRDB
import Records
import ScenarioKit

extension TeamReport {
    /// Computes every team figure in SQL (`TeamQueries`) on one snapshot of the store, then adds
    /// who holds no valid sign-off and what evidence awaits moderation (typed `RecordStore` methods).
    public static func load(from store: RecordStore, scope: ReportScope, labels: ReportLabels = .none) throws -> TeamReport {
        let arguments: StatementArguments = ["since": scope.sinceParameter]
        var report: TeamReport = try store.read { db in
            func rows(_ sql: String) throws -> [Row] { try Row.fetchAll(db, sql: sql, arguments: arguments) }
            var stages: [String: [WorkflowStage: Double]] = [:]
            for row in try rows(TeamQueries.stageScores) {
                guard let trainee = row["trainee"] as String?, let mean = row["mean"] as Double?,
                    let stage = (row["stage"] as String?).flatMap(WorkflowStage.init(rawValue:))
                else { continue }
                stages[trainee, default: [:]][stage] = mean
            }
            var last: [String: Date] = [:]
            let traineeRows = try rows(TeamQueries.trainees)
            for row in traineeRows {
                guard let name = row["trainee"] as String?, let started = (row["last"] as String?).flatMap(ReportScope.date(storedText:)) else { continue }
                last[name] = max(last[name] ?? started, started)
            }
            let trainees = split(traineeRows, by: "trainee").map { name, modes in
                TraineeStageScores(trainee: name, modes: modes, lastAttempt: last[name], stages: stages[name] ?? [:])
            }
            return TeamReport(
                scope: scope,
                labels: labels,
                modes: trainees.reduce(ModeSplit()) { $0 + $1.modes },
                voided: try Int.fetchOne(db, sql: TeamQueries.voided, arguments: arguments) ?? 0,
                trainees: trainees,
                scenarios: split(try rows(TeamQueries.scenarios), by: "scenario").map { ScenarioPassRate(scenarioID: $0, modes: $1) },
                escalations: try escalations(rows(TeamQueries.escalations)),
                criticalErrors: try rows(TeamQueries.criticalErrors).map { row in
                    CriticalErrorTally(scenarioID: row["scenario"] ?? "", what: row["what"] ?? "", times: row["times"] ?? 0)
                },
                refreshes: try rows(TeamQueries.refreshes).compactMap { row in
                    guard let due = (row["refreshDue"] as String?).flatMap(ReportScope.date(storedText:)) else { return nil }
                    return RefreshStatus(trainee: row["trainee"] ?? "", packID: row["pack"] ?? "", refreshDue: due, scope: scope)
                },
                unsigned: [],
                awaitingModeration: [],
                trends: split(try rows(TeamQueries.trends), by: "month").map { MonthlyTrend(month: $0, modes: $1) })
        }
        report.unsigned = try store.unsignedStaff(at: scope.madeAt)
        report.awaitingModeration = try store.unmoderatedEvidence()
        return report
    }

    /// Rows of (key, mode, attempts, competent, mean), ordered by key, as one split per key in that order.
    private static func split(_ rows: [Row], by key: String) -> [(String, ModeSplit)] {
        var out: [(String, ModeSplit)] = []
        for row in rows {
            guard let name = row[key] as String?, let mode = (row["mode"] as String?).flatMap(Attempt.Mode.init(rawValue:)) else { continue }
            if out.last?.0 != name { out.append((name, ModeSplit())) }
            out[out.count - 1].1[mode] = ModeFigures(attempts: row["attempts"] ?? 0, competent: row["competent"] ?? 0, meanPercent: row["mean"])
        }
        return out
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
