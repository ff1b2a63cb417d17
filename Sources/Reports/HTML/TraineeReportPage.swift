import Assessment
import Records
import ScenarioKit

/// A trainee's report as one HTML page: the integrity check, their sign-offs, then every attempt
/// with its stage chart, debrief and transcript.
public struct TraineeReportPage {
    public var report: TraineeReport

    public init(report: TraineeReport) { self.report = report }

    /// The whole page, ready to write to a file.
    public func render() -> String {
        let page = ReportPage(
            title: "SafeDrill trainee report: \(report.trainee)",
            scope: report.scope,
            contents: "It holds \(report.trainee)'s attempts with every answer given (free text included), their debriefs, supervisors' notes, and sign-offs with the supervisors' names and comments.")
        return page.render(body: ([integrity, summary, signOffs] + [attempts]).joined(separator: "\n"))
    }

    private var integrity: String {
        let verification = report.verification
        let content = verification.isOK
            ? "<p class=\"ok\">OK: \(verification.entries) records in the chain, all intact.</p><p>Chain head <code>\(verification.head)</code></p>"
            : "<p class=\"problem\">\(verification.problems.count) problems in \(verification.entries) records:</p><ul>"
                + verification.problems.map { "<li class=\"problem\">\(HTMLText.escaped($0.description))</li>" }.joined() + "</ul>"
        return ReportPage.section("integrity", "Records check at the time of this report", "<p>The result of <code>safedrill records verify</code> on the whole store:</p>" + content)
    }

    private var summary: String {
        let counted = report.counted
        let competent = counted.filter { $0.attempt.outcome == .competent }.count
        let results = counted.compactMap(\.result)
        let rows = WorkflowStage.allCases.map { stage -> BarChart.Row in
            let scores = results.compactMap { result in result.stages.first { $0.stage == stage }?.percent }
            let mean = scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count)
            return .init(label: stage.rawValue, values: [mean], valueLabels: [scores.isEmpty ? "not assessed" : "\(Figures.percent(mean)) over \(scores.count)"])
        }
        let chart = BarChart(id: "trainee-stages", title: "\(report.trainee): mean score per stage", series: [.init(name: "Mean score", cssClass: "score")], rows: rows, maximum: 100)
        let voided = report.attempts.count { $0.void != nil }
        let unfinished = report.attempts.count { $0.attempt.status == .inProgress }
        return ReportPage.section("summary", "Summary", """
            <p>\(counted.count) completed attempts, \(competent) judged Competent; \(voided) voided and \(unfinished) unfinished, not counted.</p>
            """ + chart.render())
    }

    private var signOffs: String {
        let table = HTMLTable(
            caption: "Sign-offs, newest first; refresh due means within \(ReportScope.dueWithinDays) days",
            columns: ["Pack", "Signed", "Supervisor", "Method", "Refresh due", "State", "Key fingerprint", "Comments"],
            rows: report.signOffs.map { item in
                let state = item.void.map { "void: \($0.reason)" } ?? item.refresh.rawValue
                return [
                    .init(item.signOff.packID), .init(Figures.time(item.signOff.signedAt)), .init(item.supervisor ?? "(erased)"),
                    .init(item.signOff.method.rawValue), .init(Figures.day(item.signOff.refreshDue), class: "date"),
                    .init(state, class: item.void == nil ? item.refresh.rawValue : "void"),
                    .init(item.signOff.keyFingerprint, class: "fingerprint"), .init(item.signOff.comments, class: "text"),
                ]
            })
        return ReportPage.section("signoffs", "Sign-offs", table.render())
    }

    private var attempts: String {
        let content = report.attempts.isEmpty ? "<p>No attempts in this period.</p>" : report.attempts.map(attempt).joined(separator: "\n")
        return ReportPage.section("attempts", "Attempts, newest first", content)
    }

    private func attempt(_ item: ReportedAttempt) -> String {
        let attempt = item.attempt
        let id = "attempt-\(attempt.id)"
        var out = "<article class=\"attempt\(item.void == nil ? "" : " voided")\" id=\"\(HTMLText.escaped(id))\" aria-labelledby=\"\(HTMLText.escaped(id))-heading\">"
        out += "<h3 id=\"\(HTMLText.escaped(id))-heading\">\(HTMLText.escaped(attempt.scenarioID)), \(Figures.time(attempt.startedAt))\(item.void == nil ? "" : " (void)")</h3>"
        if let void = item.void {
            out += "<p class=\"void\">VOID: \(HTMLText.escaped(void.reason))\(void.author.map { " (\(HTMLText.escaped($0)))" } ?? ""), \(Figures.time(void.createdAt)). Not counted in any figure.</p>"
        }
        let outcome = attempt.outcome.map { $0 == .competent ? "<span class=\"pass\">Competent</span>" : "<span class=\"fail\">Not yet competent</span>" } ?? "unfinished"
        out += "<p>\(HTMLText.escaped(attempt.mode.rawValue)) mode\(attempt.supervisor.map { ", with \(HTMLText.escaped($0))" } ?? ""); \(outcome)"
        out += "\(attempt.percent.map { " (\(Figures.percent($0)))" } ?? ""). Attempt <code>\(HTMLText.escaped(attempt.id))</code>.</p>"
        if let result = item.result {
            out += debrief(result, id: id)
        } else if attempt.status == .completed {
            out += "<p class=\"problem\">The result stored with this attempt cannot be read, so there is no debrief.</p>"
        }
        out += transcript(item.transcript)
        if !item.notes.isEmpty {
            out += "<h4>Supervisor's notes</h4><ul>" + item.notes.map { "<li>[\(HTMLText.escaped($0.nodeID))] \(HTMLText.escaped($0.author)): \(HTMLText.escaped($0.text))</li>" }.joined() + "</ul>"
        }
        return out + "</article>"
    }

    private func debrief(_ result: AttemptResult, id: String) -> String {
        let chart = BarChart(
            id: "\(id)-stages", title: "\(result.scenarioID): score per stage",
            series: [.init(name: "Score", cssClass: "score")],
            rows: result.stages.map { stage in
                let label = stage.percent.map { Figures.percent($0) + ($0 < stage.floor ? " (below floor)" : "") } ?? "not assessed"
                return .init(label: stage.stage.rawValue, values: [stage.percent ?? 0], valueLabels: [label])
            },
            maximum: 100)
        var out = "<h4>Debrief</h4>" + chart.render()
        if !result.criticalErrors.isEmpty {
            out += "<p class=\"fail\">Critical errors</p><ul>" + result.criticalErrors.map { "<li>\(HTMLText.escaped($0.what)) (at \(HTMLText.escaped($0.node))): \(HTMLText.escaped($0.why))</li>" }.joined() + "</ul>"
        }
        if !result.reasons.isEmpty {
            out += "<p>Why:</p><ul>" + result.reasons.map { "<li>\(HTMLText.escaped($0))</li>" }.joined() + "</ul>"
        }
        let table = HTMLTable(
            caption: "Each decision, marked",
            columns: ["#", "Stage", "Answer", "Mark", "Feedback"],
            rows: result.decisions.enumerated().map { index, decision in
                var feedback = decision.feedback
                if let escalation = decision.escalation {
                    if !escalation.missed.isEmpty { feedback.append("Missed: " + escalation.missed.joined(separator: ", ")) }
                    if !escalation.overUsed.isEmpty { feedback.append("Over-used: " + escalation.overUsed.joined(separator: ", ")) }
                }
                if let override = decision.override {
                    feedback.append("Supervisor's mark \(Figures.percent(override.percent)) (\(override.author)): \(override.reason)")
                }
                return [.init("\(index + 1)"), .init(decision.stage.rawValue), .init(decision.answer, class: "text"), .init(Figures.rate(decision.fraction), class: "num"), .init(feedback.joined(separator: " "), class: "text")]
            })
        return out + table.render()
    }

    private func transcript(_ transcript: AttemptTranscript?) -> String {
        guard let transcript else {
            return "<h4>Transcript</h4><p class=\"problem\">The scenario source stored with this attempt is missing or no longer loads.</p>"
        }
        return "<h4>Transcript</h4><ol class=\"transcript\">" + transcript.lines.map { line in
            "<li><strong>[\(HTMLText.escaped(line.nodeID))]</strong> \(HTMLText.escaped(line.heading))<div class=\"given\">\(HTMLText.escaped(line.kind.rawValue)): \(HTMLText.escaped(line.given))</div></li>"
        }.joined() + "</ol>"
    }
}
