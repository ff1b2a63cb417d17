import Foundation
import Records
import Reports
import Testing

@Suite("HTML pages: self-contained, accessible, private")
struct PageTests {
    static func pages() throws -> [(name: String, html: String)] {
        let (store, _) = try TraineeReportTests.store()
        let scope = ReportScope(since: nil, madeAt: TrainingRecords.day(10))
        let trainee = try TraineeReport.load(trainee: TraineeReportTests.hostileName, from: store, library: TrainingRecords.loadedLibrary(), scope: scope)
        return [("team", TeamReportPage(report: try TeamReport.load(from: store, scope: scope)).render()), ("trainee", TraineeReportPage(report: trainee).render())]
    }

    @Test func everyChartIsLabelledByItsTitleAndDescription() throws {
        for (name, html) in try Self.pages() {
            let charts = html.components(separatedBy: "<svg ").dropFirst()
            #expect(charts.count >= (name == "team" ? 4 : 3), "\(name)")
            for chart in charts {
                #expect(chart.hasPrefix("xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" aria-labelledby="))
                #expect(chart.contains("<title id=") && chart.contains("<desc id="), "\(name): \(chart.prefix(200))")
            }
        }
    }

    @Test func nothingIsLoadedFromOutsideThePage() throws {
        for (name, html) in try Self.pages() {
            #expect(html.contains("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\""))
            // Inside a tag: text from the store has its '<' escaped, so cannot match.
            #expect(html.firstMatch(of: /<[a-zA-Z][^>]*\s(src|href)\s*=/) == nil, "\(name)")
            #expect(html.contains("@media print"))
        }
    }

    @Test func theFirstScreenSaysItHoldsPersonalDataAndWhenItWasMade() throws {
        for (name, html) in try Self.pages() {
            let header = try #require(html.components(separatedBy: "<main>").first, "\(name)")
            #expect(header.contains("Confidential: personal data about staff."))
            #expect(header.contains("Made 2026-03-11 09:00 UTC"))
        }
    }

    @Test func tablesHaveColumnAndRowHeaders() throws {
        for (name, html) in try Self.pages() {
            #expect(html.contains("<th scope=\"col\">") && html.contains("<th scope=\"row\">") && html.contains("<caption>"), "\(name)")
        }
    }
}
