import Foundation
import Records
import ScenarioKit

extension TeamReport {
    /// Builds the report from the figures the store counts (`RecordStore.teamTallies`), then adds
    /// who holds no valid sign-off and what evidence awaits moderation.
    public static func load(from store: RecordStore, scope: ReportScope, labels: ReportLabels = .none) throws -> TeamReport {
        let tallies = try store.teamTallies(since: scope.since, site: scope.site)
        var stages: [String: [WorkflowStage: Double]] = [:]
        for mean in tallies.stageMeans { stages[mean.trainee, default: [:]][mean.stage] = mean.meanPercent }
        var last: [String: Date] = [:]
        for row in tallies.trainees {
            guard let started = row.lastStarted else { continue }
            last[row.key] = max(last[row.key] ?? started, started)
        }
        let trainees = split(tallies.trainees).map { name, modes in
            TraineeStageScores(trainee: name, modes: modes, lastAttempt: last[name], stages: stages[name] ?? [:])
        }
        return TeamReport(
            scope: scope,
            labels: labels,
            modes: trainees.reduce(ModeSplit()) { $0 + $1.modes },
            voided: tallies.voided,
            sites: split(tallies.sites).map { SitePassRate(site: $0, modes: $1) },
            trainees: trainees,
            scenarios: split(tallies.scenarios).map { ScenarioPassRate(scenarioID: $0, modes: $1) },
            escalations: escalations(tallies.escalations),
            criticalErrors: tallies.criticalErrors.map { CriticalErrorTally(scenarioID: $0.scenarioID, what: $0.what, times: $0.times) },
            refreshes: tallies.refreshes.map { RefreshStatus(trainee: $0.trainee, packID: $0.packID, refreshDue: $0.due, scope: scope) },
            unsigned: try store.unsignedStaff(at: scope.madeAt),
            awaitingModeration: try store.unmoderatedEvidence(),
            trends: split(tallies.trends).map { MonthlyTrend(month: $0, modes: $1) })
    }

    /// Counts ordered by key, as one split per key in that order.
    private static func split(_ counts: [TeamTallies.ModeCount]) -> [(String, ModeSplit)] {
        var out: [(String, ModeSplit)] = []
        for count in counts {
            if out.last?.0 != count.key { out.append((count.key, ModeSplit())) }
            out[out.count - 1].1[count.mode] = ModeFigures(attempts: count.attempts, competent: count.competent, meanPercent: count.meanPercent)
        }
        return out
    }

    /// One tally per escalation from the store's missed and over-used counts.
    private static func escalations(_ counts: [TeamTallies.EscalationCount]) -> [EscalationTally] {
        var tallies: [String: EscalationTally] = [:]
        for count in counts {
            var tally = tallies[count.escalation] ?? EscalationTally(escalation: count.escalation, missed: 0, overUsed: 0)
            if count.missed { tally.missed += count.times } else { tally.overUsed += count.times }
            tallies[count.escalation] = tally
        }
        return tallies.values.sorted { ($0.missed + $0.overUsed, $1.escalation) > ($1.missed + $1.overUsed, $0.escalation) }
    }
}
