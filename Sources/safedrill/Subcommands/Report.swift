import ArgumentParser
import Assessment
import Foundation
import Records
import Reports
import ThresholdEngine

extension SafeDrill {
    /// `safedrill report --html FILE | --pdf FILE [--trainee NAME] [--since DATE]`.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "report",
            abstract: "Write the team report, or one trainee's, as a self-contained HTML file or an A4 PDF.",
            discussion: """
                Without --trainee: the team report (attempts by mode, with pass rates from assessment attempts \
                only; staff with no valid sign-off; refreshes due within \(ReportScope.dueWithinDays) days or overdue; \
                evidence awaiting moderation; pass rates per scenario, stage scores per trainee, escalations missed \
                or over-used, critical errors, monthly trends; with several sites, the sites compared). With --site \
                or SAFEDRILL_SITE, only that site's attempts and its people's sign-offs. With --trainee: that trainee's attempts with \
                transcripts and debriefs, their sign-offs, and 'records verify' run now. --pdf prints the same page \
                through headless Chromium (which must be installed). The files hold personal data about staff and \
                are created 0600.
                """)

        @Option(help: ArgumentHelp("Write the report to this HTML file.", valueName: "file"))
        var html: String?

        @Option(help: ArgumentHelp("Write the report to this PDF file (A4), printed by headless Chromium.", valueName: "file"))
        var pdf: String?

        @Option(help: ArgumentHelp("Report on this trainee only.", valueName: "name"))
        var trainee: String?

        @OptionGroup var since: SinceOption

        @OptionGroup var resources: ResourceOptions
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if html == nil && pdf == nil { throw ValidationError("say where to write the report: --html FILE or --pdf FILE") }
            if html?.isEmpty == true { throw ValidationError("--html needs a file name") }
            if pdf?.isEmpty == true { throw ValidationError("--pdf needs a file name") }
        }

        func run() throws {
            do {
                // Before any work: a missing browser is the commonest reason --pdf cannot succeed.
                let printer = try pdf.map { _ in try ChromiumPrinter.find() }
                let scope = ReportScope(since: since.date, site: store.namedSite(), madeAt: Date())
                let records = try store.open()
                let page: String, summary: String
                if let trainee {
                    let library = try TrainingLibrary.load(scenariosFolder: resources.scenariosFolder, policyPath: resources.policyFile)
                    let report = try TraineeReport.load(trainee: trainee, from: records, library: library, scope: scope)
                    page = TraineeReportPage(report: report).render()
                    let check = report.verification.isOK ? "OK" : "found \(report.verification.problems.count) problems"
                    summary = "the report on \(report.trainee) (attempts: \(report.attempts.count), sign-offs: \(report.signOffs.count); records check \(check))"
                } else {
                    let report = try TeamReport.load(from: records, scope: scope, labels: labels())
                    page = TeamReportPage(report: report).render()
                    summary = "the team report (\(report.attempts) attempts by \(report.trainees.count) trainees)"
                }
                if let html { try PrivateFile.write(Data(page.utf8), to: html) }
                if let pdf, let printer { try printer.print(html: page, to: pdf) }
                print("Wrote \(summary) to \([html, pdf].compactMap { $0 }.joined(separator: " and ")).")
            } catch let error as DiagnosticError {
                InputError.diagnostics(error.diagnostics).exit()
            } catch let error as RecordError {
                InputError.message(error.description).exit()
            } catch let error as PDFError {
                InputError.message(error.description).exit()
            }
        }

        /// Escalation labels and scenario titles from the library; ids, with a warning, when it does
        /// not load (the team figures need nothing else from it).
        private func labels() -> ReportLabels {
            do {
                return ReportLabels(library: try TrainingLibrary.load(scenariosFolder: resources.scenariosFolder, policyPath: resources.policyFile))
            } catch {
                FileHandle.standardError.write(Data("warning: the scenario library or policy does not load (run 'safedrill validate'), so the report shows ids, not titles and labels\n".utf8))
                return .none
            }
        }
    }
}
