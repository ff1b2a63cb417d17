import Assessment
import ScenarioKit
import Testing

/// Every bundled scenario meets the bar the training programme promises supervisors.
@Suite("scenario library bar")
struct LibraryBarTests {
    @Test func theLibraryHasAtLeastFourteenScenarios() {
        #expect(Marking.libraryIDs.count >= 14)
    }

    @Test("each scenario meets the bar", arguments: Marking.libraryIDs)
    func meetsTheBar(id: String) throws {
        let scorer = try Marking.scorer()
        let scenario = try Marking.library(id, scorer: scorer)
        let decisions = scenario.nodes.filter(\.isDecision)
        #expect(decisions.count >= 12)
        #expect(Set(decisions.compactMap(\.stage)) == Set(WorkflowStage.allCases))
        let kinds = Set(scenario.nodes.map(\.kind.name))
        #expect(kinds.isSuperset(of: ["escalate", "disclose", "record", "ending"]))
        let endings = scenario.nodes.compactMap { node -> EndingKind? in if case .ending(let kind, _) = node.kind { kind } else { nil } }
        #expect(Set(endings) == Set(EndingKind.allCases), "good, mixed and poor endings")
        let choices = scenario.nodes.flatMap { node -> [Choice] in if case .choices(let choices) = node.kind { choices } else { [] } }
        #expect(choices.contains { $0.critical != nil }, "critical choices drawn from the guidance")
        #expect(choices.allSatisfy { !$0.feedback.trimmingCharacters(in: .whitespaces).isEmpty })
        let bestFirst = scenario.nodes.filter { node in
            guard case .choices(let choices) = node.kind, let best = choices.map(\.points).max() else { return false }
            return choices.first?.points == best
        }.count
        let choiceNodes = scenario.nodes.filter { if case .choices = $0.kind { true } else { false } }.count
        #expect(bestFirst * 2 <= choiceNodes, "the best answer must not usually be the first")
    }
}
