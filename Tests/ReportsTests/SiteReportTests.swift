import Foundation
import Records
import Reports
import Testing

/// The team report over several homes: the sites compared, or one site alone.
@Suite struct SiteReportTests {
    /// Ann's best attempt in the North, Bob's poorest in the South, on one file.
    private static func twoSites() throws -> (URL, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("safedrill-sites-\(UUID().uuidString)")
        let path = folder.appendingPathComponent("records.sqlite").path
        let scenario = try #require(TrainingRecords.loadedLibrary().scenarios.first).id
        let results = try TrainingRecords.results(scenario)
        try TrainingRecords.complete(RecordStore(path: path, site: "North"), trainee: "Ann North", scenario: scenario, result: results.best, at: TrainingRecords.day(1))
        try TrainingRecords.complete(RecordStore(path: path, site: "South"), trainee: "Bob South", scenario: scenario, result: results.worst, at: TrainingRecords.day(2))
        return (folder, path)
    }

    @Test func everySiteIsComparedSideBySide() throws {
        let (folder, path) = try Self.twoSites()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try TeamReport.load(from: RecordStore(path: path), scope: ReportScope(since: nil, madeAt: TrainingRecords.day(10)))
        #expect(report.sites.map(\.site) == ["North", "South"])
        #expect(report.sites.map(\.modes.assessment.attempts) == [1, 1])
        let html = TeamReportPage(report: report).render()
        #expect(html.contains("Sites compared") && html.contains("<th scope=\"row\">North</th>"))
    }

    @Test func oneSiteAloneShowsOnlyItsPeople() throws {
        let (folder, path) = try Self.twoSites()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scope = ReportScope(since: nil, site: "South", madeAt: TrainingRecords.day(10))
        let report = try TeamReport.load(from: RecordStore(path: path), scope: scope)
        #expect(report.trainees.map(\.trainee) == ["Bob South"])
        let html = TeamReportPage(report: report).render()
        #expect(!html.contains("Ann North") || report.unsigned.contains { $0.person.name == "Ann North" })
        #expect(!html.contains("Sites compared") && html.contains("Site South only."))
    }
}
