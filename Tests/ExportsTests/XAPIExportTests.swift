import Foundation
import Records
import Testing

@testable import Exports

@Suite struct XAPIExportTests {
    /// A store with a supervised competent attempt, a poor one, an unfinished one and a voided one.
    private static let names = ["Adaeze Quartermaine", "Bartholomew Ffoulkes", "Cyprian Oyelaran", "Saoirse Supervisor"]

    private func fixture() throws -> (RecordStore, PlayedAttempts, competent: Attempt, poor: Attempt) {
        let store = try RecordStore.inMemory()
        let player = try PlayedAttempts(store: store)
        let competent = try player.play(as: Self.names[0], mode: .supervision, supervisor: Self.names[3])
        let poor = try player.play("coercive-texting", as: Self.names[1], .poor, at: PlayedAttempts.time(600))
        try player.play(as: Self.names[2], at: PlayedAttempts.time(1200), answers: 2)
        let voided = try player.play(as: Self.names[2], at: PlayedAttempts.time(1800))
        try store.void(recordID: voided.id, reason: "test run", author: nil, at: PlayedAttempts.time(5000))
        return (store, player, competent, poor)
    }

    @Test func completedAttemptsOnlyEachFromInitializedToTerminated() throws {
        let (store, player, competent, poor) = try fixture()

        let statements = try XAPIExport.statements(from: store, library: player.library, since: nil)

        #expect(Set(statements.compactMap(\.context?.registration)) == [competent.id, poor.id])
        for (attempt, outcome) in [(competent, "passed"), (poor, "failed")] {
            let own = statements.filter { $0.context?.registration == attempt.id }
            let verbs = own.map { $0.verb.id.replacingOccurrences(of: "http://adlnet.gov/expapi/verbs/", with: "") }
            let answers = try store.answers(attemptID: attempt.id)
            #expect(verbs == ["initialized"] + Array(repeating: "answered", count: answers.count) + [outcome, "completed", "terminated"])
            let result = try #require(own[answers.count + 1].result)
            #expect(result.score?.scaled == ((attempt.percent ?? 0) * 100).rounded() / 10_000)
            #expect(result.score?.raw == ((attempt.percent ?? 0) * 100).rounded() / 100)
            #expect(result.success == (outcome == "passed"))
            #expect(result.completion == true)
            #expect(own.first?.timestamp == ExportTime.text(attempt.startedAt))
            #expect(own.last?.timestamp == ExportTime.text(attempt.finishedAt ?? .distantPast))
        }
    }

    @Test func everyStatementIsValidXAPI() throws {
        let (store, player, _, _) = try fixture()

        let statements = try XAPIExport.statements(from: store, library: player.library, since: nil)

        #expect(!statements.isEmpty)
        #expect(XAPIValidator.problems(in: statements) == [])
    }

    @Test func exportingTwiceGivesTheSameStatementIds() throws {
        let (store, player, _, _) = try fixture()

        let first = try XAPIExport.statements(from: store, library: player.library, since: nil)
        let second = try XAPIExport.statements(from: store, library: player.library, since: nil)

        #expect(first.map(\.id) == second.map(\.id))
        #expect(first == second)
        #expect(Set(first.map(\.id)).count == first.count)
        #expect(first.allSatisfy { $0.id == $0.id.lowercased() && UUID(uuidString: $0.id) != nil && Array($0.id)[14] == "5" })
    }

    @Test func peopleAreOpaqueAccountsAndTheirNamesAppearNowhere() throws {
        let (store, player, competent, _) = try fixture()
        let people = try store.exportedAttempts(since: nil)

        let statements = try XAPIExport.statements(from: store, library: player.library, since: nil)
        let json = String(decoding: try XAPIExport.json(statements), as: UTF8.self)

        for name in Self.names { #expect(!json.contains(name)) }
        #expect(!json.contains("mbox"))
        let supervised = statements.filter { $0.context?.registration == competent.id }
        #expect(supervised.allSatisfy { $0.actor.account?.name == people[0].trainee.pseudonym })
        #expect(supervised.allSatisfy { $0.context?.instructor?.account?.name == people[0].supervisor?.pseudonym })
        #expect(supervised.allSatisfy { $0.context?.extensions?[XAPIIdentifiers.scenarioSHA256Extension] == competent.scenarioSHA256 })
    }

    @Test func answersAreInteractionsWithResponsesInTheirOwnFormat() throws {
        let (store, player, competent, _) = try fixture()
        let answers = try store.answers(attemptID: competent.id)

        let answered = try XAPIExport.statements(from: store, library: player.library, since: nil)
            .filter { $0.context?.registration == competent.id && $0.verb.id.hasSuffix("/answered") }

        #expect(answered.count == answers.count)
        for (statement, answer) in zip(answered, answers) {
            let definition = try #require(statement.object.definition)
            #expect(statement.object.id == XAPIIdentifiers.decision(answer.nodeID, in: "scam-link"))
            #expect(definition.type == "http://adlnet.gov/expapi/activities/cmi.interaction")
            #expect(statement.context?.contextActivities?.parent?.first?.id == XAPIIdentifiers.scenario("scam-link"))
            switch answer.kind {
            case .record:
                #expect(definition.interactionType == "long-fill-in")
                #expect(statement.result?.response == answer.input)
            default:
                #expect(definition.interactionType == "choice")
                #expect(statement.result?.response == answer.input.split(separator: ",").joined(separator: "[,]"))
            }
            #expect(statement.result?.score?.scaled != nil)
        }
        #expect(answers.contains { $0.kind == .escalate && $0.input.contains(",") })
    }

    @Test func sinceLeavesOutAttemptsStartedBefore() throws {
        let (store, player, _, poor) = try fixture()

        let statements = try XAPIExport.statements(from: store, library: player.library, since: PlayedAttempts.time(300))

        #expect(Set(statements.compactMap(\.context?.registration)) == [poor.id])
    }
}
