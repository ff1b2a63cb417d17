import ScenarioKit

/// The figures over the period: pass rates per scenario, stage scores per trainee, escalations,
/// critical errors and monthly trends, each a chart followed by a table of the same figures.
extension TeamReportPage {
    var scenarios: String {
        let labels = report.labels
        let chart = BarChart(
            id: "scenario-pass-rates", title: "Assessment pass rate per scenario",
            series: [.init(name: "Competent", cssClass: "pass")],
            rows: report.scenarios.map { row in
                let assessment = row.modes.assessment
                let label = assessment.passRate.map { "\(Figures.rate($0)) (\(assessment.competent) of \(assessment.attempts))" } ?? "no assessments"
                return .init(label: labels.scenario(row.scenarioID), values: [(assessment.passRate ?? 0) * 100], valueLabels: [label])
            },
            maximum: 100)
        let table = HTMLTable(
            caption: "Pass rate per scenario (assessment attempts only)",
            columns: ["Scenario", "Assessments", "Competent", "Pass rate", "Mean assessment score", "Practice", "Supervision"],
            rows: report.scenarios.map { row in
                let assessment = row.modes.assessment
                return [.init(labels.scenario(row.scenarioID), id: row.scenarioID), .number("\(assessment.attempts)"), .number("\(assessment.competent)"),
                        .number(Figures.rateOrDash(assessment.passRate)), .number(Figures.percentOrDash(assessment.meanPercent)),
                        .number("\(row.modes[.practice].attempts)"), .number("\(row.modes[.supervision].attempts)")]
            })
        return ReportPage.section("scenarios", "Pass rates per scenario", "<p class=\"note\">\(HTMLText.escaped(Self.modeNote))</p>" + chart.render() + table.render())
    }

    var stages: String {
        let columns = WorkflowStage.allCases
        let map = HeatMap(
            id: "stage-heat-map", title: "Mean stage score per trainee (every mode)",
            columns: columns.map(\.rawValue),
            rows: report.trainees.map { row in .init(label: row.trainee, cells: columns.map { row.stages[$0] }) })
        let table = HTMLTable(
            caption: "Mean stage score per trainee over attempts in every mode that reached the stage; Competent counts assessments only",
            columns: ["Trainee", "Assessments", "Competent", "Practice", "Supervision", "Last attempt"] + columns.map(\.rawValue),
            rows: report.trainees.map { row in
                let competent = row.passRate.map { "\(row.competent) (\(Figures.rate($0)))" } ?? "–"
                return [HTMLTable.Cell(row.trainee), .number("\(row.modes.assessment.attempts)"), .number(competent),
                        .number("\(row.modes[.practice].attempts)"), .number("\(row.modes[.supervision].attempts)"), .init(row.lastAttempt.map(Figures.day) ?? "", class: "date")]
                    + columns.map { stage in .number(row.stages[stage].map(Figures.percent) ?? "–") }
            })
        return ReportPage.section("stages", "Stage scores per trainee", map.render() + table.render())
    }

    var escalations: String {
        let labels = report.labels
        let most = Double(report.escalations.map { max($0.missed, $0.overUsed) }.max() ?? 0)
        let chart = BarChart(
            id: "escalations", title: "Escalations most often missed or over-used",
            series: [.init(name: "Missed (required, not made)", cssClass: "missed"), .init(name: "Over-used (made, not required)", cssClass: "overused")],
            rows: report.escalations.map { .init(label: labels.escalation($0.escalation), values: [Double($0.missed), Double($0.overUsed)], valueLabels: ["\($0.missed)", "\($0.overUsed)"]) },
            maximum: most)
        let table = HTMLTable(
            caption: "Escalations missed or over-used against the threshold policy, in every mode",
            columns: ["Escalation", "Missed", "Over-used"],
            rows: report.escalations.map { [.init(labels.escalation($0.escalation), id: $0.escalation), .number("\($0.missed)"), .number("\($0.overUsed)")] })
        return ReportPage.section("escalations", "Escalations missed or over-used", chart.render() + table.render())
    }

    var criticalErrors: String {
        let table = HTMLTable(
            caption: "The ten most common critical errors, in every mode",
            columns: ["Critical error", "Scenario", "Times"],
            rows: report.criticalErrors.map { [.init($0.what, class: "text"), .init(report.labels.scenario($0.scenarioID), id: $0.scenarioID), .number("\($0.times)")] })
        return ReportPage.section("critical-errors", "Most common critical errors", table.render())
    }

    var trends: String {
        let chart = LineChart(
            id: "monthly-trends", title: "Assessment mean score and pass rate per month",
            periods: report.trends.map(\.month),
            series: [
                .init(name: "Mean score", cssClass: "mean", values: report.trends.map(\.meanPercent)),
                .init(name: "Pass rate", cssClass: "pass", values: report.trends.map { $0.passRate.map { $0 * 100 } }),
            ])
        let table = HTMLTable(
            caption: "Attempts per month (UTC) by mode; mean score and pass rate over assessment attempts",
            columns: ["Month", "Assessments", "Mean score", "Pass rate", "Practice", "Supervision"],
            rows: report.trends.map { row in
                [.init(row.month), .number("\(row.modes.assessment.attempts)"), .number(Figures.percentOrDash(row.meanPercent)),
                 .number(Figures.rateOrDash(row.passRate)), .number("\(row.modes[.practice].attempts)"), .number("\(row.modes[.supervision].attempts)")]
            })
        return ReportPage.section("trends", "Trends over time", chart.render() + table.render())
    }
}
