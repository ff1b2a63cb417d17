import ScenarioKit

/// The team report as one HTML page: each figure as a chart with its text alternative and a table.
public struct TeamReportPage {
    public var report: TeamReport

    public init(report: TeamReport) { self.report = report }

    /// The whole page, ready to write to a file.
    public func render() -> String {
        let page = ReportPage(
            title: "SafeDrill team report",
            scope: report.scope,
            contents: "It names every trainee with attempts in the period, with their scores, outcomes and sign-off refresh dates.")
        return page.render(body: [summary, stages, scenarios, escalations, criticalErrors, refreshes, trends].joined(separator: "\n"))
    }

    private var summary: String {
        let competent = report.trainees.reduce(0) { $0 + $1.competent }
        let rate = report.attempts == 0 ? "no attempts" : Figures.rate(Double(competent) / Double(report.attempts))
        return ReportPage.section("summary", "Summary", """
            <p>\(report.attempts) completed attempts by \(report.trainees.count) trainees; \(competent) judged Competent (\(rate)). \
            \(report.voided) voided attempts left out.</p>
            """)
    }

    private var stages: String {
        let columns = WorkflowStage.allCases
        let map = HeatMap(
            id: "stage-heat-map", title: "Mean stage score per trainee",
            columns: columns.map(\.rawValue),
            rows: report.trainees.map { row in .init(label: row.trainee, cells: columns.map { row.stages[$0] }) })
        let table = HTMLTable(
            caption: "Mean stage score per trainee (attempts that reached the stage)",
            columns: ["Trainee", "Attempts", "Competent", "Last attempt"] + columns.map(\.rawValue),
            rows: report.trainees.map { row in
                [HTMLTable.Cell(row.trainee), .init("\(row.attempts)", class: "num"), .init("\(row.competent) (\(Figures.rate(row.passRate)))", class: "num"),
                 .init(row.lastAttempt.map(Figures.day) ?? "")]
                    + columns.map { stage in .init(row.stages[stage].map(Figures.percent) ?? "–", class: "num") }
            })
        return ReportPage.section("stages", "Stage scores per trainee", map.render() + table.render())
    }

    private var scenarios: String {
        let chart = BarChart(
            id: "scenario-pass-rates", title: "Pass rate per scenario",
            series: [.init(name: "Competent", cssClass: "pass")],
            rows: report.scenarios.map { .init(label: $0.scenarioID, values: [$0.passRate * 100], valueLabels: ["\(Figures.rate($0.passRate)) (\($0.competent) of \($0.attempts))"]) },
            maximum: 100)
        let table = HTMLTable(
            caption: "Pass rate per scenario",
            columns: ["Scenario", "Attempts", "Competent", "Pass rate", "Mean score"],
            rows: report.scenarios.map {
                [.init($0.scenarioID), .init("\($0.attempts)", class: "num"), .init("\($0.competent)", class: "num"),
                 .init(Figures.rate($0.passRate), class: "num"), .init(Figures.percent($0.meanPercent), class: "num")]
            })
        return ReportPage.section("scenarios", "Pass rates per scenario", chart.render() + table.render())
    }

    private var escalations: String {
        let most = Double(report.escalations.map { max($0.missed, $0.overUsed) }.max() ?? 0)
        let chart = BarChart(
            id: "escalations", title: "Escalations most often missed or over-used",
            series: [.init(name: "Missed (required, not made)", cssClass: "missed"), .init(name: "Over-used (made, not required)", cssClass: "overused")],
            rows: report.escalations.map { .init(label: $0.escalation, values: [Double($0.missed), Double($0.overUsed)], valueLabels: ["\($0.missed)", "\($0.overUsed)"]) },
            maximum: most)
        let table = HTMLTable(
            caption: "Escalations missed or over-used, against the threshold policy",
            columns: ["Escalation", "Missed", "Over-used"],
            rows: report.escalations.map { [.init($0.escalation), .init("\($0.missed)", class: "num"), .init("\($0.overUsed)", class: "num")] })
        return ReportPage.section("escalations", "Escalations missed or over-used", chart.render() + table.render())
    }

    private var criticalErrors: String {
        let table = HTMLTable(
            caption: "The ten most common critical errors",
            columns: ["Critical error", "Scenario", "Times"],
            rows: report.criticalErrors.map { [.init($0.what), .init($0.scenarioID), .init("\($0.times)", class: "num")] })
        return ReportPage.section("critical-errors", "Most common critical errors", table.render())
    }

    private var refreshes: String {
        let table = HTMLTable(
            caption: "Latest sign-off per trainee and pack; due means within \(ReportScope.dueWithinDays) days",
            columns: ["Trainee", "Pack", "Refresh due", "State"],
            rows: report.refreshes.map { [.init($0.trainee), .init($0.packID), .init(Figures.day($0.refreshDue)), .init($0.state.rawValue, class: $0.state.rawValue)] })
        let due = report.refreshes.filter { $0.state != .current }.count
        return ReportPage.section("refresh", "Refresh due or overdue", "<p>\(due) of \(report.refreshes.count) sign-offs are due within \(ReportScope.dueWithinDays) days or overdue.</p>" + table.render())
    }

    private var trends: String {
        let chart = LineChart(
            id: "monthly-trends", title: "Mean score and pass rate per month",
            periods: report.trends.map(\.month),
            series: [
                .init(name: "Mean score", cssClass: "mean", values: report.trends.map(\.meanPercent)),
                .init(name: "Pass rate", cssClass: "pass", values: report.trends.map { $0.passRate * 100 }),
            ])
        let table = HTMLTable(
            caption: "Attempts, mean score and pass rate per month (UTC)",
            columns: ["Month", "Attempts", "Mean score", "Pass rate"],
            rows: report.trends.map { [.init($0.month), .init("\($0.attempts)", class: "num"), .init(Figures.percent($0.meanPercent), class: "num"), .init(Figures.rate($0.passRate), class: "num")] })
        return ReportPage.section("trends", "Trends over time", chart.render() + table.render())
    }
}

