import Assessment
import ScenarioKit
import Testing

@Suite("score analysis")
struct ScoreAnalysisTests {
    @Test func rangesPathsAndLoopsOfASmallScenarioAreExact() throws {
        let scorer = try Marking.scorer()
        let analysis = ScoreAnalysis.analyse(try Marking.scenario(Marking.tiny, scorer: scorer), scorer: scorer)
        let safety = try #require(analysis.stages.first { $0.stage == .safety }?.range)
        #expect(abs((safety.max ?? 0) - 100) < 1e-6)
        #expect(abs((safety.min ?? 0) - 100.0 / 3) < 1e-6, "the loop back is set aside; 'ok' is the worst way on")
        let evidence = try #require(analysis.stages.first { $0.stage == .evidence }?.range)
        #expect(evidence.min == 0)
        #expect(analysis.stages.first { $0.stage == .review }?.range.max == nil, "no path reaches review")
        #expect(analysis.pathCount.description == "4")
        #expect(analysis.loops == 1)
        #expect(analysis.reachableEndings.map(\.id).sorted() == ["good-end", "poor"])
    }

    @Test func theBestPathIsCompetentAndTheWorstIsNot() throws {
        let scorer = try Marking.scorer()
        let analysis = ScoreAnalysis.analyse(try Marking.scenario(Marking.tiny, scorer: scorer), scorer: scorer)
        #expect(analysis.competentReachable)
        #expect(analysis.bestPath.map(\.node) == ["first", "second", "escalate", "share", "write"])
        #expect(analysis.bestPath.first?.input == "1\n")
        #expect(analysis.bestPath[3].input == "1 3\n", "the needed items, as numbered on screen")
        #expect(analysis.bestPath[4].input.hasSuffix("\n\n"), "a record ends with an empty line")
        #expect(!analysis.worstResult.competent)
        #expect(!analysis.worstResult.criticalErrors.isEmpty)
        #expect(analysis.problems.isEmpty)
    }

    @Test func theWorstOverallScoreIsTheLowestWeightedMeanOverPaths() throws {
        let scorer = try Marking.scorer()
        let scenario = try Marking.scenario(Marking.tiny, scorer: scorer)
        let analysis = ScoreAnalysis.analyse(scenario, scorer: scorer)
        // Paths: first (good 1 | ok 1/3) then second (delete 0 → poor) or the rest at 0 each.
        let weights = scorer.decisionWeights(for: scenario)
        let safety = try #require(weights[.safety]), evidence = try #require(weights[.evidence])
        let threshold = try #require(weights[.thresholds]), timeline = try #require(weights[.timeline])
        let viaDelete = 100 * (safety / 3) / (safety + evidence)
        let viaAllWrong = 100 * (safety / 3 + evidence) / (safety + evidence + 2 * threshold + timeline)
        #expect(abs((analysis.overall.min ?? -1) - min(viaDelete, viaAllWrong)) < 1e-6)
    }

    @Test("every bundled scenario has a competent best path and a poorest path that is not", arguments: Marking.libraryIDs)
    func bundledScenarios(id: String) throws {
        let scorer = try Marking.scorer()
        let analysis = ScoreAnalysis.analyse(try Marking.library(id, scorer: scorer), scorer: scorer)
        #expect(analysis.competentReachable, "\(analysis.bestResult.reasons)")
        #expect(!analysis.worstResult.competent)
        #expect(analysis.problems.isEmpty)
    }
}
