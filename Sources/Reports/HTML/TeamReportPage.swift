import Records

/// The team report as one HTML page: first what to act on (staff with no valid sign-off,
/// refreshes due, evidence awaiting moderation), then each figure as a chart with its text
/// alternative and a table. Escalations and scenarios read by label and title, their ids small.
public struct TeamReportPage {
    public var report: TeamReport

    public init(report: TeamReport) { self.report = report }

    /// The whole page, ready to write to a file.
    public func render() -> String {
        let page = ReportPage(
            title: "SafeDrill team report",
            scope: report.scope,
            contents: "It names every trainee with attempts in the period, with their scores, outcomes and sign-off refresh dates, "
                + "everyone without a valid sign-off, and assessments whose free-text answers await moderation.")
        let sections = [summary, sites, unsigned, refreshes, awaitingModeration, scenarios, stages, escalations, criticalErrors, trends]
        return page.render(body: sections.filter { !$0.isEmpty }.joined(separator: "\n"))
    }

    /// Why practice and supervision never enter a pass rate, said where the figures are.
    static let modeNote = "Pass rates and Competent counts come from assessment-mode attempts only: practice gives feedback, "
        + "hints and a way back after each answer, and supervision is a discussion, so neither judges competence. "
        + "Practice and supervision attempts are counted beside them."

    private var summary: String {
        let modes = report.modes
        let assessment = modes.assessment
        let rate = assessment.passRate.map { Figures.rate($0) } ?? "no assessments"
        let table = HTMLTable(
            caption: "Completed attempts in the period by mode",
            columns: ["Mode", "Attempts", "Mean score", "Competent", "Pass rate"],
            rows: Attempt.Mode.allCases.map { mode in
                let figures = modes[mode]
                let judged = mode == .assessment
                return [.init(mode.rawValue), .number("\(figures.attempts)"), .number(Figures.percentOrDash(figures.meanPercent)),
                        judged ? .number("\(figures.competent)") : "not a judgement",
                        judged ? .number(Figures.rateOrDash(figures.passRate)) : "not a judgement"]
            })
        return ReportPage.section("summary", "Summary", """
            <p>\(report.attempts) completed attempts by \(report.trainees.count) trainees: \(assessment.attempts) in assessment mode, \
            \(modes[.practice].attempts) practice and \(modes[.supervision].attempts) supervision. \
            \(assessment.competent) assessment attempts judged Competent (\(rate)). \(report.voided) voided attempts left out.</p>
            <p class="note">\(HTMLText.escaped(Self.modeNote))</p>
            """ + table.render())
    }
}
