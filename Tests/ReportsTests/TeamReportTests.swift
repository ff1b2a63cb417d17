import Assessment
import Crypto
import Foundation
import Records
import Reports
import ScenarioKit
import Testing
import ThresholdEngine

@Suite("team report figures, computed in SQL")
struct TeamReportTests {
    /// Who did what, when: real results from the scorer, best and poorest paths mixed.
    struct Played {
        var trainee: String
        var scenario: String
        var result: AttemptResult
        var day: Double
        var voided = false
    }

    static func played() throws -> [Played] {
        var played: [Played] = []
        let scenarios = ["scam-link", "coercive-texting", "staff-boundary-breach", "lost-work-phone"]
        for (t, trainee) in ["Ann Carer", "Bo Worker", "Cy Support"].enumerated() {
            for (s, scenario) in scenarios.enumerated() {
                let results = try TrainingRecords.results(scenario)
                played.append(Played(trainee: trainee, scenario: scenario, result: results.best, day: Double(31 * s)))
                if (t + s).isMultiple(of: 2) {
                    played.append(Played(trainee: trainee, scenario: scenario, result: results.worst, day: Double(31 * s + t)))
                }
            }
        }
        // A poor attempt later voided: in no figure.
        played.append(Played(trainee: "Ann Carer", scenario: "scam-link", result: try TrainingRecords.results("scam-link").worst, day: 3, voided: true))
        return played
    }

    static func store(with played: [Played]) throws -> RecordStore {
        let store = try RecordStore.inMemory()
        for item in played {
            let attempt = try TrainingRecords.complete(store, trainee: item.trainee, scenario: item.scenario, result: item.result, at: TrainingRecords.day(item.day))
            if item.voided { try store.void(recordID: attempt.id, reason: "played on the wrong account", author: "Lead", at: TrainingRecords.day(item.day + 1)) }
        }
        // Unfinished attempts count in no figure either.
        let bytes = try Data(contentsOf: TrainingRecords.root.appendingPathComponent("Scenarios/scam-link.yaml"))
        _ = try store.startAttempt(NewAttempt(
            personName: "Bo Worker", scenarioID: "scam-link", scenarioSHA256: ContentHash.sha256(bytes),
            scenarioBytes: bytes, policySHA256: String(repeating: "a", count: 64), rubricsSHA256: String(repeating: "b", count: 64),
            mode: .practice, at: TrainingRecords.day(5)))
        return store
    }

    @Test func everyFigureMatchesTheResultsItAggregates() throws {
        let played = try Self.played()
        let report = try TeamReport.load(from: Self.store(with: played), scope: ReportScope(since: nil, madeAt: TrainingRecords.day(120)))
        let counted = played.filter { !$0.voided }
        #expect(report.attempts == counted.count)
        #expect(report.voided == 1)

        #expect(report.trainees.map(\.trainee) == ["Ann Carer", "Bo Worker", "Cy Support"])
        for row in report.trainees {
            let mine = counted.filter { $0.trainee == row.trainee }
            #expect(row.attempts == mine.count)
            #expect(row.competent == mine.filter(\.result.competent).count)
            #expect(row.lastAttempt == mine.map { TrainingRecords.day($0.day) }.max())
            for stage in WorkflowStage.allCases {
                let scores = mine.compactMap { item in item.result.stages.first { $0.stage == stage }?.percent }
                let expected = scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
                #expect(abs((row.stages[stage] ?? -1) - (expected ?? -1)) < 1e-9, "\(row.trainee) \(stage)")
            }
        }

        #expect(report.scenarios.map(\.scenarioID) == ["coercive-texting", "lost-work-phone", "scam-link", "staff-boundary-breach"])
        for row in report.scenarios {
            let mine = counted.filter { $0.scenario == row.scenarioID }
            #expect(row.attempts == mine.count)
            #expect(row.competent == mine.filter(\.result.competent).count)
        }

        var missed: [String: Int] = [:], overUsed: [String: Int] = [:]
        for item in counted {
            for escalation in item.result.decisions.compactMap(\.escalation) {
                for id in escalation.missed { missed[id, default: 0] += 1 }
                for id in escalation.overUsed { overUsed[id, default: 0] += 1 }
            }
        }
        #expect(!missed.isEmpty, "the poorest paths miss required escalations")
        #expect(Dictionary(uniqueKeysWithValues: report.escalations.map { ($0.escalation, $0.missed) }).filter { $0.value > 0 } == missed)
        #expect(Dictionary(uniqueKeysWithValues: report.escalations.map { ($0.escalation, $0.overUsed) }).filter { $0.value > 0 } == overUsed)
        let totals = report.escalations.map { $0.missed + $0.overUsed }
        #expect(totals == totals.sorted(by: >), "most missed or over-used first")

        var critical: [String: Int] = [:]
        for item in counted {
            for error in item.result.criticalErrors { critical["\(item.scenario): \(error.what)", default: 0] += 1 }
        }
        #expect(!critical.isEmpty)
        let expectedTop = critical.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(10).map(\.value)
        #expect(report.criticalErrors.map(\.times) == Array(expectedTop))
        for row in report.criticalErrors { #expect(critical["\(row.scenarioID): \(row.what)"] == row.times) }

        #expect(report.trends.map(\.month) == ["2026-03", "2026-04", "2026-05", "2026-06"])
        let march = counted.filter { $0.day < 31 }
        #expect(report.trends.first?.attempts == march.count)
        #expect(abs((report.trends.first?.passRate ?? -1) - Double(march.filter(\.result.competent).count) / Double(march.count)) < 1e-9)
    }

    @Test func sinceLeavesOutAttemptsStartedBeforeIt() throws {
        let played = try Self.played()
        let store = try Self.store(with: played)
        let report = try TeamReport.load(from: store, scope: ReportScope(since: TrainingRecords.day(31), madeAt: TrainingRecords.day(120)))
        #expect(report.attempts == played.filter { !$0.voided && $0.day >= 31 }.count)
        #expect(report.voided == 0, "the voided attempt was before the period")
        #expect(report.trends.map(\.month) == ["2026-04", "2026-05", "2026-06"])
    }

    @Test func anEmptyStoreGivesEmptyFiguresNotAnError() throws {
        let report = try TeamReport.load(from: RecordStore.inMemory(), scope: ReportScope(since: nil, madeAt: TrainingRecords.day(0)))
        #expect(report.attempts == 0)
        #expect(report.trainees.isEmpty && report.scenarios.isEmpty && report.trends.isEmpty && report.refreshes.isEmpty)
    }

    @Test("refresh dates: overdue when past, due within 60 days, else current; a void sign-off does not count")
    func refreshStates() throws {
        let store = try RecordStore.inMemory()
        let key = Curve25519.Signing.PrivateKey()
        let registration = Curve25519.Signing.PrivateKey()
        try store.registerProvider(publicKey: registration.publicKey.rawRepresentation, at: TrainingRecords.day(-200))
        try store.registerKey(publicKey: key.publicKey.rawRepresentation, ownerName: "Sue Supervisor", role: .supervisor, endorsedBy: registration, at: TrainingRecords.day(-200))
        let pack = Pack(id: "induction", title: "Induction", scenarios: ["scam-link"], methods: [.observation], validityMonths: 2)
        let best = try TrainingRecords.results("scam-link").best
        let madeAt = TrainingRecords.day(100)
        // Signed 70 days before the report: refresh 10 or so days ago. 45 days before: due in about 15. Today: current.
        for (trainee, daysBefore) in [("Ovi Overdue", 70.0), ("Dee Due", 45), ("Cal Current", 0)] {
            try TrainingRecords.complete(store, trainee: trainee, scenario: "scam-link", result: best, at: TrainingRecords.day(100 - daysBefore - 1))
            _ = try store.signOff(trainee: trainee, pack: pack, method: .observation, comments: "fine", key: key, at: TrainingRecords.day(100 - daysBefore))
        }
        // Cal's earlier sign-off is void: Cal's state comes from the current one alone; Vic's only one is void.
        try TrainingRecords.complete(store, trainee: "Vic Voided", scenario: "scam-link", result: best, at: TrainingRecords.day(29))
        let voidable = try store.signOff(trainee: "Vic Voided", pack: pack, method: .observation, comments: "fine", key: key, at: TrainingRecords.day(30))
        try store.void(recordID: voidable.id, reason: "signed in error", author: "Lead", at: TrainingRecords.day(31))

        let report = try TeamReport.load(from: store, scope: ReportScope(since: nil, madeAt: madeAt))
        let states = Dictionary(uniqueKeysWithValues: report.refreshes.map { ($0.trainee, $0.state) })
        #expect(states == ["Ovi Overdue": .overdue, "Dee Due": .due, "Cal Current": .current])
        #expect(report.refreshes.first?.trainee == "Ovi Overdue", "earliest refresh first")
    }
}
