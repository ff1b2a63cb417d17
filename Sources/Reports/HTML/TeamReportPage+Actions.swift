import Foundation
import Records

/// The sections a manager acts on: who holds no valid sign-off, whose refresh is due, and which
/// assessments wait for an assessor to moderate their free text. Each is the state on the day of
/// the report, whatever the period.
extension TeamReportPage {
    var unsigned: String {
        let table = HTMLTable(
            caption: "Registered trainees and anyone with attempts who hold no valid sign-off on \(Figures.day(report.scope.madeAt)) (attempts over all time)",
            columns: ["Name", "Role", "Sign-off", "Assessments", "Competent assessments", "Practice", "Supervision", "Last attempt"],
            rows: report.unsigned.map { staff in
                [.init(staff.person.name), .init(staff.person.role.rawValue), standing(staff.standing),
                 .number("\(staff.attempts[.assessment] ?? 0)"), .number("\(staff.competentAssessments)"),
                 .number("\(staff.attempts[.practice] ?? 0)"), .number("\(staff.attempts[.supervision] ?? 0)"),
                 .init(staff.lastAttempt.map(Figures.day) ?? "none", class: "date")]
            },
            empty: "Everyone in the records holds a valid sign-off.")
        let ready = report.unsigned.count { $0.competentAssessments > 0 }
        return ReportPage.section("unsigned", "Staff with no valid sign-off", """
            <p>\(report.unsigned.count) people hold no sign-off that is both not void and within its refresh date; \
            \(ready) of them have Competent assessments a sign-off could rest on.</p>
            """ + table.render())
    }

    private func standing(_ standing: UnsignedStaff.Standing) -> HTMLTable.Cell {
        switch standing {
        case .never: .init("never signed off", class: "overdue")
        case .voided: .init("only voided sign-offs", class: "overdue")
        case .lapsed(let pack, let due): .init("lapsed \(Figures.day(due)) (\(pack))", class: "overdue")
        }
    }

    var refreshes: String {
        let table = HTMLTable(
            caption: "Latest sign-off per trainee and pack, earliest refresh first; due means within \(ReportScope.dueWithinDays) days",
            columns: ["Trainee", "Pack", "Refresh due", "State"],
            rows: report.refreshes.map { [.init($0.trainee), .init($0.packID), .init(Figures.day($0.refreshDue), class: "date"), .init($0.state.rawValue, class: $0.state.rawValue)] })
        let overdue = report.refreshes.count { $0.state == .overdue }, due = report.refreshes.count { $0.state == .due }
        return ReportPage.section("refresh", "Refresh due or overdue", """
            <p>\(overdue) sign-offs overdue and \(due) due within \(ReportScope.dueWithinDays) days, of \(report.refreshes.count).</p>
            """ + table.render())
    }

    /// The longest wait first; past this many the page says how many more there are.
    static let moderationRows = 100

    var awaitingModeration: String {
        let all = report.awaitingModeration
        let table = HTMLTable(
            caption: "Completed assessment attempts with free-text answers no assessor has moderated, oldest first",
            columns: ["Trainee", "Scenario", "Finished", "Assessor", "Free-text answers", "Attempt"],
            rows: all.prefix(Self.moderationRows).map { item in
                [.init(item.trainee), .init(report.labels.scenario(item.scenarioID), id: item.scenarioID),
                 .init(Figures.day(item.finishedAt), class: "date"), .init(item.supervisor ?? "none named"),
                 .init("\(item.nodeIDs.count)", id: item.nodeIDs.joined(separator: ", ")), .init(item.attemptID, class: "id")]
            },
            empty: "No free-text evidence awaits moderation.")
        let more = all.count > Self.moderationRows ? "<p>The \(Self.moderationRows) that have waited longest are shown; \(all.count - Self.moderationRows) more wait.</p>" : ""
        return ReportPage.section("moderation", "Evidence awaiting moderation", """
            <p>In assessment mode a free-text mark is provisional until an assessor or supervisor moderates it, and a sign-off \
            needs its evidence moderated. \(all.count) completed assessment attempts have free text no one has moderated yet: \
            moderate each with <code>safedrill records moderate ATTEMPT --as NAME</code>.</p>
            """ + table.render() + more)
    }
}
