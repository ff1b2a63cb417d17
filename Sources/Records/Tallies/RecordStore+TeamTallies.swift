import Foundation
import GRDB
import ScenarioKit

extension RecordStore {
    /// The team report's figures over attempts started at or after `since` (every attempt when
    /// nil) at `site` (every site when nil), counted by `TeamQueries` on one snapshot of the store.
    /// - Throws: `RecordError.unknownSite` when no site has that name.
    public func teamTallies(since: Date?, site: String? = nil) throws -> TeamTallies {
        // Stored times are UTC text that sorts in time order; the empty text sorts before all of them.
        let arguments: StatementArguments = ["since": since.map(StoredTime.text) ?? "", "site": site]
        return try writer.read { db in
            if let site, try Self.existingSiteID(named: site, in: db) == nil { throw RecordError.unknownSite(site) }
            func rows(_ sql: String) throws -> [Row] { try Row.fetchAll(db, sql: sql, arguments: arguments) }
            return TeamTallies(
                voided: try Int.fetchOne(db, sql: TeamQueries.voided, arguments: arguments) ?? 0,
                sites: try rows(TeamQueries.sites).compactMap { Self.modeCount($0, key: "site") },
                trainees: try rows(TeamQueries.trainees).compactMap { Self.modeCount($0, key: "trainee") },
                stageMeans: try rows(TeamQueries.stageScores).flatMap { row in
                    WorkflowStage.allCases.compactMap { stage in
                        guard let trainee = row["trainee"] as String?, let mean = row[stage.rawValue] as Double? else { return nil }
                        return TeamTallies.StageMean(trainee: trainee, stage: stage, meanPercent: mean)
                    }
                },
                scenarios: try rows(TeamQueries.scenarios).compactMap { Self.modeCount($0, key: "scenario") },
                escalations: try rows(TeamQueries.escalations).compactMap { row in
                    guard let escalation = row["escalation"] as String? else { return nil }
                    return TeamTallies.EscalationCount(escalation: escalation, missed: row["missed"] ?? false, times: row["times"] ?? 0)
                },
                criticalErrors: try rows(TeamQueries.criticalErrors).map { row in
                    TeamTallies.CriticalErrorCount(scenarioID: row["scenario"] ?? "", what: row["what"] ?? "", times: row["times"] ?? 0)
                },
                trends: try rows(TeamQueries.trends).compactMap { Self.modeCount($0, key: "month") },
                refreshes: try rows(TeamQueries.refreshes).compactMap { row in
                    guard let due = (row["refreshDue"] as String?).flatMap(StoredTime.date(from:)) else { return nil }
                    return TeamTallies.Refresh(trainee: row["trainee"] ?? "", packID: row["pack"] ?? "", due: due)
                })
        }
    }

    /// A row of (key, mode, attempts, competent, mean[, last]); nil when the key or mode is unreadable.
    private static func modeCount(_ row: Row, key: String) -> TeamTallies.ModeCount? {
        guard let name = row[key] as String?, let mode = (row["mode"] as String?).flatMap(Attempt.Mode.init(rawValue:)) else { return nil }
        return TeamTallies.ModeCount(
            key: name, mode: mode, attempts: row["attempts"] ?? 0, competent: row["competent"] ?? 0, meanPercent: row["mean"],
            lastStarted: row.hasColumn("last") ? (row["last"] as String?).flatMap(StoredTime.date(from:)) : nil)
    }
}
