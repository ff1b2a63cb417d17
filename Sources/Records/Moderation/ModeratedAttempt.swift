import Assessment
import Foundation
import GRDB
import ScenarioKit

/// A finished assessment loaded for moderation: its stored scenario replayed through its stored
/// answers, with its overrides and moderations, so each mark is the scorer's, never a copy.
struct ModeratedAttempt {
    let attempt: Attempt
    let replay: AnswerReplay
    let overrides: [RecordedOverride]
    /// In the order made.
    let moderations: [Moderation]
    let library: TrainingLibrary

    /// - Throws: `ModerationError` when the attempt is not a finished assessment with free text,
    ///   was scored under other rules than `library`'s, or no longer replays.
    init(_ attemptID: String, library: TrainingLibrary, in db: Database) throws {
        guard let attempt = try Attempt.fetchOne(db, key: attemptID) else { throw RecordError.unknownAttempt(attemptID) }
        guard attempt.mode == .assessment else { throw ModerationError.notAssessment(attemptID: attempt.id, mode: attempt.mode.rawValue) }
        guard attempt.status == .completed else { throw ModerationError.notFinished(attempt.id) }
        guard attempt.policySHA256 == library.policy.sha256, attempt.rubricsSHA256 == library.rubricsSHA256 else {
            throw ModerationError.otherRules(attempt.id)
        }
        guard let bytes = try ScenarioSource.fetchOne(db, key: attempt.scenarioSHA256)?.bytes else {
            throw ModerationError.notReplayable(attemptID: attempt.id, detail: "its scenario source is missing")
        }
        let answers = try RecordedAnswer.filter(RecordedAnswer.CodingKeys.attemptID == attempt.id).order(RecordedAnswer.CodingKeys.seq).fetchAll(db)
        do {
            let scenario = try library.storedScenario(bytes, id: attempt.scenarioID)
            replay = try AnswerReplay(answers, scenario: scenario, escalations: library.policy.escalations.map(\.id))
        } catch let error as AnswerReplay.Failure {
            throw ModerationError.notReplayable(attemptID: attempt.id, detail: error.description)
        } catch {
            throw ModerationError.notReplayable(attemptID: attempt.id, detail: "its stored scenario source no longer loads")
        }
        self.attempt = attempt
        self.library = library
        overrides = try RecordedOverride.filter(RecordedOverride.CodingKeys.attemptID == attempt.id).order(RecordedOverride.CodingKeys.id).fetchAll(db)
        moderations = try Moderation.filter(Moderation.CodingKeys.attemptID == attempt.id).order(Moderation.CodingKeys.id).fetchAll(db)
        guard !freeText.isEmpty else { throw ModerationError.noFreeText(attempt.id) }
    }

    /// The free-text answers that count (each node's first, as the scorer marks them), in order.
    var freeText: [(step: Session.Step, task: RecordTask, rubric: RecordingRubric)] {
        var seen = Set<String>()
        return replay.session.steps.compactMap { step in
            guard seen.insert(step.node).inserted, case .record(let task, _)? = replay.session.scenario[step.node]?.kind,
                let rubric = library.rubrics[task.rubric], case .record = step.answer
            else { return nil }
            return (step, task, rubric)
        }
    }

    /// The result with `moderations` applied, as the scorer gives it.
    func result(with moderations: [Moderation]) throws -> AttemptResult {
        guard let result = replay.result(by: library.scorer, overrides: overrides, moderations: moderations) else {
            throw ModerationError.notReplayable(attemptID: attempt.id, detail: "its stored answers do not reach an ending")
        }
        return result
    }

    /// Every free-text answer with each element's mark as it stands.
    func sheet() throws -> ModerationSheet {
        let latest = AnswerReplay.latestModerations(moderations)
        let answers = freeText.map { step, task, rubric in
            let text = if case .record(let text) = step.answer { text } else { "" }
            let marker = RecordMarking(text, rubric: rubric)
            let byID = Dictionary((marker.present + marker.missing).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let markedMet = Set(marker.present.map(\.id))
            let elements = rubric.elements.map { element in
                let moderation = latest[step.node]?[element.id]
                return ModerationSheet.Element(
                    id: element.id, label: element.label, met: moderation?.met ?? markedMet.contains(element.id),
                    markedMet: markedMet.contains(element.id), words: byID[element.id]?.evidence, moderation: moderation)
            }
            return ModerationSheet.Answer(nodeID: step.node, prompt: task.prompt, text: text, elements: elements)
        }
        let result = try result(with: moderations)
        return ModerationSheet(attempt: attempt, answers: answers, outcome: result.competent ? .competent : .notYetCompetent, percent: result.percent)
    }
}
