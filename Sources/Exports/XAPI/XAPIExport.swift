import Assessment
import Foundation
import Records
import ScenarioKit
import ThresholdEngine

/// Builds xAPI 1.0.3 statements from the records: for each completed attempt that is not void,
/// `initialized`, one `answered` per decision that stands, `passed` or `failed`, `completed` and
/// `terminated`. In-progress attempts wait until they finish; voided attempts are never sent
/// (docs/exports.md says why).
public enum XAPIExport {
    /// The statements for every completed, not voided attempt started at or after `since` (every
    /// one when nil), oldest attempt first. Decisions are named from the scenario source stored
    /// with each attempt, so a later edit to the scenario file changes nothing here; escalation
    /// options come from `library`'s threshold policy.
    /// - Throws: `ExportError` naming the attempt whose result or scenario cannot be read.
    public static func statements(from store: RecordStore, library: TrainingLibrary, since: Date?) throws -> [XAPIStatement] {
        var scenarios: [String: Scenario] = [:]
        var statements: [XAPIStatement] = []
        for attempt in try store.exportedAttempts(since: since) where attempt.status == .completed && attempt.void == nil {
            let scenario = try scenarios[attempt.scenarioSHA256] ?? storedScenario(of: attempt, in: store, library: library)
            scenarios[attempt.scenarioSHA256] = scenario
            statements += try self.statements(for: attempt, scenario: scenario, escalations: library.policy.escalations)
        }
        return statements
    }

    /// The scenario exactly as the attempt played it, from the source stored under its hash.
    private static func storedScenario(of attempt: ExportedAttempt, in store: RecordStore, library: TrainingLibrary) throws -> Scenario {
        guard let bytes = try store.scenarioSource(sha256: attempt.scenarioSHA256) else {
            throw ExportError.missingScenarioSource(attemptID: attempt.id, sha256: attempt.scenarioSHA256)
        }
        do {
            return try library.storedScenario(bytes, id: attempt.scenarioID)
        } catch {
            throw ExportError.unreadableScenario(attemptID: attempt.id, problems: error.description)
        }
    }

    /// Statements as a JSON array, as an LRS takes them in one POST: sorted keys, slashes unescaped.
    ///
    /// Encoded one statement at a time: encoding the whole array at once builds an intermediate
    /// tree of every statement first, which took most of the memory of a large export.
    public static func json(_ statements: [XAPIStatement]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var json = Data("[".utf8)
        for (index, statement) in statements.enumerated() {
            json.append(contentsOf: (index == 0 ? "\n" : ",\n").utf8)
            json.append(try encoder.encode(statement))
        }
        json.append(contentsOf: (statements.isEmpty ? "]" : "\n]").utf8)
        return json
    }

    /// The statements of one completed attempt, in the order things happened.
    static func statements(for attempt: ExportedAttempt, scenario: Scenario, escalations: [Escalation]) throws -> [XAPIStatement] {
        let finishedAt = attempt.finishedAt ?? attempt.updatedAt
        let actor = XAPIAgent(account: XAPIAccount(homePage: XAPIIdentifiers.accountHomePage, name: attempt.trainee.pseudonym ?? ""))
        let scenarioActivity = XAPIActivity(id: XAPIIdentifiers.scenario(scenario.id), definition: XAPIActivityDefinition(
            name: [XAPIIdentifiers.language: scenario.title],
            description: [XAPIIdentifiers.language: scenario.summary.trimmingCharacters(in: .whitespacesAndNewlines)],
            type: "http://adlnet.gov/expapi/activities/simulation"))
        func statement(_ step: String, _ verb: XAPIVerb, _ object: XAPIActivity, _ result: XAPIResult?, at time: Date, parent: Bool = false) -> XAPIStatement {
            XAPIStatement(
                id: XAPIIdentifiers.statement(attemptID: attempt.id, step: step), actor: actor, verb: verb, object: object,
                result: result, context: context(of: attempt, parent: parent ? scenarioActivity : nil),
                timestamp: XAPITime.timestamp(time))
        }

        var statements = [statement("initialized", .initialized, scenarioActivity, nil, at: attempt.startedAt)]
        var scored = Set<String>()
        let standing: [RecordedAnswer]
        do throws(AnswerReplay.Failure) {
            standing = try attempt.standingAnswers(on: scenario, escalations: escalations.map(\.id))
        } catch {
            throw ExportError.unreadableScenario(attemptID: attempt.id, problems: error.description)
        }
        for answer in standing {
            guard let node = scenario[answer.nodeID] else {
                throw ExportError.unreadableScenario(attemptID: attempt.id, problems: "it has no node '\(answer.nodeID)', which was answered")
            }
            // As the scorer does: a loop back to a node is a second look, so only its first answer is scored.
            let decision = scored.insert(node.id).inserted ? attempt.result?.decisions.first { $0.node == node.id } : nil
            let previous = attempt.answers.last { $0.seq < answer.seq }?.answeredAt ?? attempt.startedAt
            let result = XAPIResult(
                score: decision.map { XAPIScore.percent($0.fraction * 100) },
                response: XAPIInteraction.response(to: answer),
                duration: XAPITime.duration(from: previous, to: answer.answeredAt))
            statements.append(statement(
                "answered/\(answer.seq)", .answered, XAPIInteraction.activity(for: node, in: scenario, escalations: escalations),
                result, at: answer.answeredAt, parent: true))
        }
        let duration = XAPITime.duration(from: attempt.startedAt, to: finishedAt)
        let competent = attempt.outcome == .competent
        statements.append(statement(
            "result", competent ? .passed : .failed, scenarioActivity,
            XAPIResult(score: attempt.percent.map(XAPIScore.percent), success: competent, completion: true, duration: duration),
            at: finishedAt))
        statements.append(statement("completed", .completed, scenarioActivity, XAPIResult(completion: true, duration: duration), at: finishedAt))
        statements.append(statement("terminated", .terminated, scenarioActivity, XAPIResult(duration: duration), at: finishedAt))
        return statements
    }

    /// The attempt as registration, the supervisor as instructor, the exact scenario file and the mode.
    private static func context(of attempt: ExportedAttempt, parent: XAPIActivity?) -> XAPIContext {
        XAPIContext(
            registration: attempt.id,
            instructor: attempt.supervisor?.pseudonym.map {
                XAPIAgent(account: XAPIAccount(homePage: XAPIIdentifiers.accountHomePage, name: $0))
            },
            contextActivities: parent.map { XAPIContextActivities(parent: [XAPIActivity(id: $0.id, definition: nil)]) },
            platform: "SafeDrill",
            language: XAPIIdentifiers.language,
            extensions: [
                XAPIIdentifiers.scenarioSHA256Extension: attempt.scenarioSHA256,
                XAPIIdentifiers.modeExtension: attempt.mode.rawValue,
            ])
    }
}
