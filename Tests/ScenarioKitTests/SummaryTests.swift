import ScenarioKit
import Testing
import ThresholdEngine

@Suite("scenario summary for the list")
struct SummaryTests {
    func example() throws -> Scenario {
        let url = try #require(FixtureFiles.url("valid/authoring-example.yaml"))
        return try #require(ScenarioLoader(schema: TestPolicy.schema).load(contentsOf: url.path).scenario)
    }

    @Test func countsDecisionsEndingsAndStages() throws {
        let summary = ScenarioSummary(try example())
        #expect(summary.decisionNodes == 7)
        #expect(summary.endings == 3)
        #expect(summary.stages == WorkflowStage.allCases)
        #expect(summary.minutes == 15)
    }

    @Test func withoutTheAuthorsMinutesItIsOneAndAHalfPerDecisionOnTheLongestRoute() throws {
        var scenario = try example()
        scenario.minutes = nil
        // The longest route passes all seven decision nodes: 7 × 1.5 = 10.5, rounded to 11.
        #expect(ScenarioSummary(scenario).minutes == 11)
    }
}
