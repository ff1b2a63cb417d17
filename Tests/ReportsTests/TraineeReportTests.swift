import Assessment
import Crypto
import Foundation
import Records
@testable import Reports
import ScenarioKit
import Testing

@Suite("trainee report and the HTML pages")
struct TraineeReportTests {
    static let hostileName = #"Eve <script>alert("name")</script>"#
    static let hostileAnswer = "</div><script>alert('answer')</script>"
    static let hostileComment = "<img src=x onerror=alert(1)>"

    /// Eve's records: a competent assessment (with a free-text answer full of markup) signed off,
    /// a voided attempt, and a Competent team-mate for the team page.
    static func store() throws -> (RecordStore, SignOff) {
        let store = try RecordStore.inMemory()
        var best = try TrainingRecords.results("scam-link").best
        best.decisions[0].answer = hostileAnswer
        let answers: [(node: String, kind: RecordedAnswer.Kind, input: String)] = [
            ("night-knock", .choice, "1"), ("write-timeline", .record, hostileAnswer + "\nsecond line"),
        ]
        let competent = try TrainingRecords.complete(store, trainee: hostileName, scenario: "scam-link", result: best, at: TrainingRecords.day(0), answers: answers)
        try TrainingRecords.confirmModeration(of: competent, node: "write-timeline", in: store, at: TrainingRecords.day(0.5))
        let voided = try TrainingRecords.complete(store, trainee: hostileName, scenario: "scam-link", result: try TrainingRecords.results("scam-link").worst, at: TrainingRecords.day(2))
        try store.void(recordID: voided.id, reason: "fire alarm mid-assessment", author: "Lead", at: TrainingRecords.day(3))
        try TrainingRecords.complete(store, trainee: "Al Other", scenario: "scam-link", result: best, at: TrainingRecords.day(1))
        let key = Curve25519.Signing.PrivateKey()
        let registration = Curve25519.Signing.PrivateKey()
        try store.registerProvider(publicKey: registration.publicKey.rawRepresentation, at: TrainingRecords.day(-1))
        try store.registerKey(publicKey: key.publicKey.rawRepresentation, ownerName: "Sue Supervisor", role: .supervisor, endorsedBy: registration, at: TrainingRecords.day(-1))
        let pack = Pack(id: "induction", title: "Induction", scenarios: ["scam-link"], methods: [.observation], validityMonths: 12)
        let signOff = try store.signOff(trainee: hostileName, pack: pack, method: .observation, comments: hostileComment, key: key, at: TrainingRecords.day(4))
        return (store, signOff)
    }

    @Test func theTraineeViewHoldsTranscriptsDebriefsSignOffsAndTheVerifyResult() throws {
        let (store, signOff) = try Self.store()
        let report = try TraineeReport.load(trainee: Self.hostileName, from: store, library: TrainingRecords.loadedLibrary(), scope: ReportScope(since: nil, madeAt: TrainingRecords.day(10)))
        #expect(report.attempts.count == 2)
        #expect(report.counted.count == 1, "the voided attempt is shown but not counted")
        #expect(report.attempts.first?.void?.reason == "fire alarm mid-assessment", "newest first, marked void")
        let competent = try #require(report.counted.first)
        #expect(competent.result?.competent == true)
        let scenario = try #require(TrainingRecords.loadedLibrary().scenario("scam-link"))
        guard case .choices(let choices)? = scenario["night-knock"]?.kind else { Issue.record("night-knock is a choice node"); return }
        #expect(competent.transcript?.lines.map(\.given) == [choices[0].text, Self.hostileAnswer + "\nsecond line"])
        #expect(report.signOffs.map(\.signOff.id) == [signOff.id])
        #expect(report.signOffs.first?.supervisor == "Sue Supervisor")
        #expect(report.signOffs.first?.refresh == .current)
        #expect(report.verification.isOK)

        let html = TraineeReportPage(report: report).render()
        #expect(html.contains(signOff.keyFingerprint))
        #expect(html.contains("Sue Supervisor") && html.contains("observation") && html.contains(String(signOff.refreshDue.ISO8601Format().prefix(10))))
        #expect(html.contains("OK: \(report.verification.entries) records in the chain"))
        #expect(html.contains("VOID: fire alarm mid-assessment"))
        #expect(html.contains(HTMLText.escaped(choices[0].text)))
    }

    @Test func markupFromTheStoreComesOutAsInertText() throws {
        let (store, _) = try Self.store()
        let scope = ReportScope(since: nil, madeAt: TrainingRecords.day(10))
        let trainee = TraineeReportPage(report: try TraineeReport.load(trainee: Self.hostileName, from: store, library: TrainingRecords.loadedLibrary(), scope: scope)).render()
        let team = TeamReportPage(report: try TeamReport.load(from: store, scope: scope)).render()
        for html in [trainee, team] {
            #expect(!html.contains("<script"))
            #expect(!html.contains("<img"))
            #expect(html.contains("Eve &lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;"))
        }
        #expect(trainee.contains("&lt;/div&gt;&lt;script&gt;alert(&#39;answer&#39;)&lt;/script&gt;"))
        #expect(trainee.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }

    @Test func anUnknownTraineeIsAnErrorNamingThem() throws {
        let (store, _) = try Self.store()
        #expect(throws: RecordError.unknownPerson("Nobody")) {
            try TraineeReport.load(trainee: "Nobody", from: store, library: TrainingRecords.loadedLibrary(), scope: ReportScope(since: nil, madeAt: Date()))
        }
    }
}
