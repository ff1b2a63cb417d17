import Assessment
import ScenarioKit
import Testing

@Suite("model answers")
struct ModelAnswerTests {
    @Test("every bundled record model scores 100% on its own rubric", arguments: Marking.libraryIDs)
    func bundledModelsScoreFull(id: String) throws {
        let scorer = try Marking.scorer()
        let scenario = try Marking.library(id, scorer: scorer)
        for node in scenario.nodes {
            guard case .record(let task, _) = node.kind else { continue }
            let mark = try #require(scorer.rubrics.modelMark(rubric: task.rubric, model: task.model))
            #expect(mark.percent == 100, "\(id)/\(node.id): misses \(mark.missing), weakened by \(mark.weakening)")
        }
    }

    @Test func aModelMissingElementsNamesThem() throws {
        let mark = try #require(try Marking.scorer().rubrics.modelMark(rubric: "timeline", model: "Maya was upset about some messages."))
        #expect(mark.percent < 100)
        #expect(mark.missing.contains("Date and time of each event"))
    }
}
