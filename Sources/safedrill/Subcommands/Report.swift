import ArgumentParser
import Assessment
import Foundation
import Records
import Reports
import ThresholdEngine

extension SafeDrill {
    /// `safedrill report --html FILE [--trainee NAME] [--since DATE]`.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the team report, or one trainee's, as a self-contained HTML file.",
            discussion: """
                Without --trainee: the team report (stage scores per trainee, pass rates per scenario, \
                escalations missed or over-used, critical errors, refreshes due within \(ReportScope.dueWithinDays) \
                days or overdue, monthly trends). With --trainee: that trainee's attempts with transcripts and \
                debriefs, their sign-offs, and 'records verify' run now. The file holds personal data about \
                staff and is created 0600.
                """)

        @Option(help: ArgumentHelp("Write the report to this HTML file.", valueName: "file"))
        var html: String

        @Option(help: ArgumentHelp("Report on this trainee only.", valueName: "name"))
        var trainee: String?

        @Option(help: ArgumentHelp("Only attempts started on or after this date (YYYY-MM-DD).", valueName: "date"))
        var since: String?

        @OptionGroup var resources: ResourceOptions
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if let since, RecordsCommand.List.date(since) == nil { throw ValidationError("--since must be a date such as 2026-03-01") }
            if html.isEmpty { throw ValidationError("--html needs a file name") }
        }

        func run() throws {
            do {
                let scope = ReportScope(since: since.flatMap(RecordsCommand.List.date), madeAt: Date())
                let records = try store.open()
                if let trainee {
                    let library = try TrainingLibrary.load(scenariosFolder: resources.scenariosFolder, policyPath: resources.policyFile)
                    let report = try TraineeReport.load(trainee: trainee, from: records, library: library, scope: scope)
                    try PrivateFile.write(Data(TraineeReportPage(report: report).render().utf8), to: html)
                    let check = report.verification.isOK ? "OK" : "found \(report.verification.problems.count) problems"
                    print("Wrote the report on \(report.trainee) (attempts: \(report.attempts.count), sign-offs: \(report.signOffs.count); records check \(check)) to \(html).")
                } else {
                    let report = try TeamReport.load(from: records, scope: scope)
                    try PrivateFile.write(Data(TeamReportPage(report: report).render().utf8), to: html)
                    print("Wrote the team report (\(report.attempts) attempts by \(report.trainees.count) trainees) to \(html).")
                }
            } catch let error as DiagnosticError {
                InputError.diagnostics(error.diagnostics).exit()
            } catch let error as RecordError {
                InputError.message(error.description).exit()
            }
        }
    }
}
