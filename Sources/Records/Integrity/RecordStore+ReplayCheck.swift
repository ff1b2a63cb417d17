import Assessment
import Foundation
import GRDB
import ScenarioKit
import ThresholdEngine

extension RecordStore {
    /// `verify()`, and every completed attempt replayed: its stored answers, through the scenario
    /// source stored with it and `library`'s scorer, must give exactly the result stored, and each
    /// answer must be filed under the node it was given at. The chain proves a record unchanged
    /// since it was written; this proves it was true when written (two sessions answering one
    /// attempt, or an answer filed at the wrong node, were chained as they were).
    ///
    /// An attempt scored with another policy or other rubrics than `library`'s is not replayed (its
    /// result may rightly differ under today's rules); the report counts those.
    public func verify(packs: PackCatalogue? = nil, replayingWith library: TrainingLibrary) throws -> VerificationReport {
        var report = try verify(packs: packs)
        let check = try writer.read { db in try ReplayCheck(library: library).run(db) }
        report.problems += check.problems
        report.replayed = check.replayed
        report.notReplayed = check.notReplayed
        return report
    }
}

/// The replay half of `RecordStore.verify(replayingWith:)`.
struct ReplayCheck {
    let library: TrainingLibrary
    var problems: [VerificationReport.Problem] = []
    var replayed = 0
    var notReplayed = 0

    init(library: TrainingLibrary) {
        self.library = library
    }

    func run(_ db: Database) throws -> ReplayCheck {
        var check = self
        let attempts = try Attempt.filter(Attempt.CodingKeys.status == Attempt.Status.completed.rawValue).order(Column.rowID).fetchAll(db)
        let answers = Dictionary(grouping: try RecordedAnswer.fetchAll(db, sql: """
            SELECT n.* FROM answer n JOIN attempt a ON a.id = n.attempt_id WHERE a.status = 'completed' ORDER BY n.attempt_id, n.seq
            """), by: \.attemptID)
        let overrides = Dictionary(grouping: try RecordedOverride.order(RecordedOverride.CodingKeys.id).fetchAll(db), by: \.attemptID)
        let moderations = Dictionary(grouping: try Moderation.order(Moderation.CodingKeys.id).fetchAll(db), by: \.attemptID)
        var scenarios: [String: Result<Scenario, DiagnosticError>] = [:]
        for attempt in attempts {
            guard attempt.policySHA256 == library.policy.sha256, attempt.rubricsSHA256 == library.rubricsSHA256 else {
                check.notReplayed += 1
                continue
            }
            check.replayed += 1
            func report(_ detail: String) {
                check.problems.append(.init(kind: .attempt, recordID: attempt.id, finding: .notReplayable, detail: detail))
            }
            if scenarios[attempt.scenarioSHA256] == nil, let bytes = try ScenarioSource.fetchOne(db, key: attempt.scenarioSHA256)?.bytes {
                scenarios[attempt.scenarioSHA256] = Result { () throws(DiagnosticError) in try library.storedScenario(bytes, id: attempt.scenarioID) }
            }
            let scenario: Scenario
            switch scenarios[attempt.scenarioSHA256] {
            case .success(let loaded)?: scenario = loaded
            case .failure(let error)?: report("its stored scenario source no longer loads: \(error.diagnostics.errors.map(\.message).joined(separator: "; "))"); continue
            case nil: report("its scenario source \(attempt.scenarioSHA256.prefix(12)) is missing, so it cannot be replayed"); continue
            }
            for problem in Self.problems(of: attempt, answers: answers[attempt.id] ?? [], overrides: overrides[attempt.id] ?? [], scenario: scenario, library: library) {
                report(problem)
            }
            let moderated = Self.moderationProblems(
                moderations[attempt.id] ?? [], answers: answers[attempt.id] ?? [], overrides: overrides[attempt.id] ?? [], scenario: scenario, library: library)
            for (id, detail) in moderated {
                check.problems.append(.init(kind: .moderation, recordID: ModerationDigest.chainID(id), finding: .notReplayable, detail: detail))
            }
        }
        return check
    }

    /// What is wrong with one attempt's stored result against a replay of its stored answers.
    static func problems(
        of attempt: Attempt, answers: [RecordedAnswer], overrides: [RecordedOverride], scenario: Scenario, library: TrainingLibrary
    ) -> [String] {
        let replay: AnswerReplay
        do throws(AnswerReplay.Failure) {
            replay = try AnswerReplay(answers, scenario: scenario, escalations: library.policy.escalations.map(\.id))
        } catch {
            return [error.description]
        }
        var problems = replay.misplaced.map(\.description)
        guard let replayed = replay.result(by: library.scorer, overrides: overrides) else {
            return problems + ["its \(answers.count) stored answers stop at '\(replay.session.nodeID)', not at an ending"]
        }
        let stored = attempt.resultJSON.flatMap { try? JSONDecoder().decode(AttemptResult.self, from: Data($0.utf8)) }
        let outcome: Attempt.Outcome = replayed.competent ? .competent : .notYetCompetent
        if attempt.outcome != outcome || attempt.percent != replayed.percent {
            let was = "\(attempt.outcome == .competent ? "Competent" : "Not yet competent") (\(Self.percent(attempt.percent)))"
            problems.append("its stored result, \(was), is not what its \(answers.count) stored answers give: \(replayed.outcomeLabel) (\(Self.percent(replayed.percent)))")
        } else if stored != replayed {
            problems.append("its stored marking is not what its \(answers.count) stored answers give (same outcome and score, different decisions)")
        }
        return problems
    }

    /// Each moderation's stored result against a replay with it and every earlier moderation applied.
    static func moderationProblems(
        _ moderations: [Moderation], answers: [RecordedAnswer], overrides: [RecordedOverride], scenario: Scenario, library: TrainingLibrary
    ) -> [(Int64, String)] {
        guard !moderations.isEmpty,
            let replay = try? AnswerReplay(answers, scenario: scenario, escalations: library.policy.escalations.map(\.id))
        else { return [] }
        return moderations.indices.compactMap { index in
            let moderation = moderations[index]
            guard let id = moderation.id,
                let replayed = replay.result(by: library.scorer, overrides: overrides, moderations: Array(moderations[...index]))
            else { return nil }
            let stored = try? JSONDecoder().decode(AttemptResult.self, from: Data(moderation.resultJSON.utf8))
            let outcome: Attempt.Outcome = replayed.competent ? .competent : .notYetCompetent
            guard stored != replayed || moderation.outcome != outcome || moderation.percent != replayed.percent else { return nil }
            return (id, "its stored result, \(moderation.outcome == .competent ? "Competent" : "Not yet competent") (\(Self.percent(moderation.percent))), "
                + "is not what the attempt's answers give with it and the moderations before it: \(replayed.outcomeLabel) (\(Self.percent(replayed.percent)))")
        }
    }

    private static func percent(_ value: Double?) -> String {
        value.map { "\(Int($0.rounded()))%" } ?? "no score"
    }
}
