/// The sites side by side, when the report covers more than one.
extension TeamReportPage {
    var sites: String {
        guard report.sites.count > 1 else { return "" }
        let table = HTMLTable(
            caption: "Pass rate per site (assessment attempts only)",
            columns: ["Site", "Assessments", "Competent", "Pass rate", "Mean assessment score", "Practice", "Supervision"],
            rows: report.sites.map { row in
                let assessment = row.modes.assessment
                return [.init(row.site), .number("\(assessment.attempts)"), .number("\(assessment.competent)"),
                        .number(Figures.rateOrDash(assessment.passRate)), .number(Figures.percentOrDash(assessment.meanPercent)),
                        .number("\(row.modes[.practice].attempts)"), .number("\(row.modes[.supervision].attempts)")]
            })
        return ReportPage.section("sites", "Sites compared", table.render())
    }
}
