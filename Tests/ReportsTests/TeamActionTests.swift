import Assessment
import Crypto
import Foundation
import Records
@testable import Reports
import Testing

@Suite("team report: modes apart, who needs a sign-off, labels")
struct TeamActionTests {
    static let scope = ReportScope(since: nil, madeAt: TrainingRecords.day(100))

    /// Ann passes one of two assessments of scam-link; Bo fails his one.
    static func assessments() throws -> RecordStore {
        let store = try RecordStore.inMemory()
        let results = try TrainingRecords.results("scam-link")
        try TrainingRecords.complete(store, trainee: "Ann Carer", scenario: "scam-link", result: results.best, at: TrainingRecords.day(1))
        try TrainingRecords.complete(store, trainee: "Ann Carer", scenario: "scam-link", result: results.worst, at: TrainingRecords.day(2))
        try TrainingRecords.complete(store, trainee: "Bo Worker", scenario: "scam-link", result: results.worst, at: TrainingRecords.day(3))
        return store
    }

    @Test func practiceAndSupervisionAttemptsDoNotChangeAnyPassRate() throws {
        let store = try Self.assessments()
        let before = try TeamReport.load(from: store, scope: Self.scope)
        let results = try TrainingRecords.results("scam-link")
        // Competent practice (with hints and going back) and supervision would lift every rate if counted.
        for day in [4.0, 5, 6] {
            try TrainingRecords.complete(store, trainee: "Bo Worker", scenario: "scam-link", result: results.best, mode: .practice, at: TrainingRecords.day(day))
        }
        try TrainingRecords.complete(store, trainee: "Bo Worker", scenario: "scam-link", result: results.best, mode: .supervision, at: TrainingRecords.day(7))
        let after = try TeamReport.load(from: store, scope: Self.scope)

        #expect(before.modes.assessment == after.modes.assessment)
        #expect(after.modes.assessment.attempts == 3 && after.modes.assessment.competent == 1)
        #expect(after.modes[.practice].attempts == 3 && after.modes[.supervision].attempts == 1)
        #expect(after.attempts == 7)
        let scenario = try #require(after.scenarios.first { $0.scenarioID == "scam-link" })
        #expect(scenario.passRate == 1.0 / 3.0)
        #expect(scenario.passRate == before.scenarios.first?.passRate)
        #expect(scenario.modes[.practice].attempts == 3)
        let bo = try #require(after.trainees.first { $0.trainee == "Bo Worker" })
        #expect(bo.competent == 0 && bo.passRate == 0, "Bo's Competent practice is not a pass")
        #expect(bo.attempts == 5 && bo.modes[.practice].competent == 3)
        #expect(after.trends.map(\.passRate) == before.trends.map(\.passRate))
        #expect(after.trends.map(\.meanPercent) == before.trends.map(\.meanPercent))

        let html = TeamReportPage(report: after).render()
        #expect(html.contains("come from assessment-mode attempts only"))
        #expect(html.contains("3 in assessment mode, 3 practice and 1 supervision"))
        #expect(html.contains("1 assessment attempts judged Competent (33%)"))
    }

    @Test func aMonthWithNoAssessmentsHasNoPassRateRatherThanZero() throws {
        let store = try RecordStore.inMemory()
        try TrainingRecords.complete(store, trainee: "Ann Carer", scenario: "scam-link", result: try TrainingRecords.results("scam-link").best, mode: .practice, at: TrainingRecords.day(1))
        let report = try TeamReport.load(from: store, scope: Self.scope)
        #expect(report.trends.map(\.attempts) == [1])
        #expect(report.trends.first?.passRate == nil && report.scenarios.first?.passRate == nil)
        #expect(TeamReportPage(report: report).render().contains("no assessments"))
    }

    @Test("staff never signed off, only voided, or lapsed are listed; a valid sign-off and a supervisor are not")
    func staffWithNoValidSignOff() throws {
        let store = try RecordStore.inMemory()
        let key = Curve25519.Signing.PrivateKey()
        let registration = Curve25519.Signing.PrivateKey()
        try store.registerProvider(publicKey: registration.publicKey.rawRepresentation, at: TrainingRecords.day(-200))
        try store.registerKey(publicKey: key.publicKey.rawRepresentation, ownerName: "Sue Supervisor", role: .supervisor, endorsedBy: registration, at: TrainingRecords.day(-200))
        let best = try TrainingRecords.results("scam-link").best
        func pack(months: Int) -> Pack { Pack(id: "induction", title: "Induction", scenarios: ["scam-link"], methods: [.observation], validityMonths: months) }
        for (trainee, day) in [("Sam Signed", 90.0), ("Vic Voided", 90), ("Lou Lapsed", 10)] {
            try TrainingRecords.complete(store, trainee: trainee, scenario: "scam-link", result: best, at: TrainingRecords.day(day - 1))
            let signed = try store.signOff(trainee: trainee, pack: pack(months: trainee == "Lou Lapsed" ? 1 : 12), method: .observation, comments: "", key: key, at: TrainingRecords.day(day))
            if trainee == "Vic Voided" { try store.void(recordID: signed.id, reason: "signed in error", author: "Lead", at: TrainingRecords.day(day + 1)) }
        }
        try TrainingRecords.complete(store, trainee: "Kim Never", scenario: "scam-link", result: best, at: TrainingRecords.day(20))
        try TrainingRecords.complete(store, trainee: "Kim Never", scenario: "scam-link", result: best, mode: .practice, at: TrainingRecords.day(21))
        _ = try store.person(named: "Nia New", role: .trainee)

        let report = try TeamReport.load(from: store, scope: Self.scope)
        #expect(report.unsigned.map(\.person.name) == ["Kim Never", "Lou Lapsed", "Nia New", "Vic Voided"])
        let standing = Dictionary(uniqueKeysWithValues: report.unsigned.map { ($0.person.name, $0.standing) })
        #expect(standing["Kim Never"] == .never && standing["Nia New"] == .never && standing["Vic Voided"] == .voided)
        guard case .lapsed(let packID, let due)? = standing["Lou Lapsed"] else { Issue.record("Lou's sign-off lapsed"); return }
        #expect(packID == "induction" && due < Self.scope.madeAt)
        let kim = try #require(report.unsigned.first { $0.person.name == "Kim Never" })
        #expect(kim.attempts == [.assessment: 1, .practice: 1] && kim.competentAssessments == 1)
        #expect(kim.lastAttempt == TrainingRecords.day(21))
        #expect(report.unsigned.first { $0.person.name == "Nia New" }?.lastAttempt == nil)

        let html = TeamReportPage(report: report).render()
        let section = try #require(html.components(separatedBy: "<section id=\"unsigned\"").dropFirst().first?.components(separatedBy: "</section>").first)
        for name in ["Kim Never", "Lou Lapsed", "Nia New", "Vic Voided", "never signed off", "only voided sign-offs", "lapsed "] {
            #expect(section.contains(name), "\(name)")
        }
        #expect(!section.contains("Sam Signed") && !section.contains("Sue Supervisor"))
        #expect(section.contains("4 people hold no sign-off") && section.contains("3 of them have Competent assessments"))
    }

    @Test("refresh is due within 60 days of the report")
    func refreshDueWithinSixtyDays() throws {
        #expect(RefreshStatus.State(refreshDue: TrainingRecords.day(150), scope: Self.scope) == .due)
        #expect(RefreshStatus.State(refreshDue: TrainingRecords.day(161), scope: Self.scope) == .current)
        #expect(RefreshStatus.State(refreshDue: TrainingRecords.day(99), scope: Self.scope) == .overdue)
    }

    @Test func evidenceAwaitingModerationIsListedWithTheScenarioTitle() throws {
        let store = try Self.assessments()
        let best = try TrainingRecords.results("scam-link").best
        let answers: [(node: String, kind: RecordedAnswer.Kind, input: String)] = [("write-timeline", .record, "02:10 Karen phoned.")]
        let attempt = try TrainingRecords.complete(store, trainee: "Cy Support", scenario: "scam-link", result: best, at: TrainingRecords.day(8), answers: answers)
        try TrainingRecords.complete(store, trainee: "Cy Support", scenario: "scam-link", result: best, mode: .practice, at: TrainingRecords.day(9), answers: answers)
        let library = try TrainingRecords.loadedLibrary()
        let report = try TeamReport.load(from: store, scope: Self.scope, labels: ReportLabels(library: library))
        #expect(report.awaitingModeration.map(\.attemptID) == [attempt.id])
        let html = TeamReportPage(report: report).render()
        let section = try #require(html.components(separatedBy: "<section id=\"moderation\"").dropFirst().first?.components(separatedBy: "</section>").first)
        let title = try #require(library.scenario("scam-link")?.title)
        #expect(section.contains("Cy Support") && section.contains(HTMLText.escaped(title)) && section.contains(attempt.id))
        #expect(section.contains("safedrill records moderate ATTEMPT --as NAME"))

        try TrainingRecords.confirmModeration(of: attempt, node: "write-timeline", in: store, at: TrainingRecords.day(10))
        let moderated = try TeamReport.load(from: store, scope: Self.scope, labels: ReportLabels(library: library))
        #expect(moderated.awaitingModeration.isEmpty, "a moderated answer no longer awaits")
    }

    @Test func escalationsAndScenariosReadByLabelWithTheIdBeside() throws {
        let store = try Self.assessments()
        for scenario in ["coercive-texting", "staff-boundary-breach", "lost-work-phone"] {
            try TrainingRecords.complete(store, trainee: "Bo Worker", scenario: scenario, result: try TrainingRecords.results(scenario).worst, at: TrainingRecords.day(4))
        }
        let library = try TrainingRecords.loadedLibrary()
        let report = try TeamReport.load(from: store, scope: Self.scope, labels: ReportLabels(library: library))
        let missed = try #require(report.escalations.first?.escalation)
        let label = try #require(library.policy.escalations.first { $0.id == missed }?.label)
        let title = try #require(library.scenario("scam-link")?.title)
        let html = TeamReportPage(report: report).render()
        #expect(html.contains("<th scope=\"row\" title=\"\(missed)\">\(HTMLText.escaped(label)) <small class=\"id\">\(missed)</small></th>"))
        #expect(html.contains("<th scope=\"row\" title=\"scam-link\">\(HTMLText.escaped(title)) <small class=\"id\">scam-link</small></th>"))
        #expect(ReportLabels.none.scenario("gone-scenario") == "gone-scenario", "an id nothing names reads as itself")
    }

    @Test func thePrintStylesAskForA4AndTablesThatWrapAndRepeatTheirHeaders() throws {
        let html = TeamReportPage(report: try TeamReport.load(from: Self.assessments(), scope: Self.scope)).render()
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("thead { display: table-header-group; }"))
        #expect(html.contains("tr { break-inside: avoid; }"))
        #expect(html.contains("overflow-wrap: anywhere"))
    }
}
