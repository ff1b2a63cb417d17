import Foundation
import ScenarioKit
import ThresholdEngine

/// What every path through a scenario can score, found by dynamic programming over the graph
/// (never by listing paths): linear in nodes plus edges per optimisation round.
public struct ScoreAnalysis: Sendable {
    /// The lowest and highest percentage any path can score; nil when no path reaches the stage.
    public struct Range: Sendable, Hashable, Codable {
        public var min: Double?
        public var max: Double?

        public init(min: Double?, max: Double?) {
            self.min = min
            self.max = max
        }
    }

    public var scenarioID: String
    public var stages: [(stage: WorkflowStage, range: Range)]
    public var overall: Range
    /// The best path's result under the scorer, which says whether "Competent" is reachable.
    public var bestResult: AttemptResult
    public var bestPath: [BestStep]
    /// The lowest-scoring path, with its result: what a trainee must never be judged competent on.
    public var worstPath: [BestStep]
    public var worstResult: AttemptResult
    /// The number of distinct paths from the start to an ending (loops set aside), exactly.
    public var pathCount: BigUInt
    /// Gotos that lead back to an earlier node on the same path.
    public var loops: Int
    public var reachableEndings: [(id: String, kind: EndingKind)]
    /// Endings some path reaches without an escalation decision the policy requires there: the
    /// scorer judges such paths not yet competent (a critical error), so these are notes for authors.
    public var unescalatedEndings: [String]
    /// Paths judged competent through a critical error: impossible by the scorer's rules, checked on
    /// the best path; must stay empty.
    public var problems: [String]

    public var competentReachable: Bool { bestResult.competent }

    /// Analyses `scenario` as `scorer` would mark it.
    public static func analyse(_ scenario: Scenario, scorer: Scorer) -> ScoreAnalysis {
        let scenarioGraph = ScenarioGraph(scenario)
        let reach = scenarioGraph.reach()
        let known = StaticFacts(scenario, graph: scenarioGraph, reach: reach)
        let graph = ScoreGraph(scenario, graph: scenarioGraph) { node in marks(node, facts: known[node.id], scorer: scorer) }
        let optimiser = RatioOptimiser(graph: graph)
        let weights = scorer.decisionWeights(for: scenario)
        var stages: [(WorkflowStage, Range)] = []
        for stage in WorkflowStage.allCases {
            let weight: (Int) -> Double = { graph.nodes[$0].isDecision && graph.nodes[$0].stage == stage ? 1 : 0 }
            stages.append((stage, Range(
                min: optimiser.optimise(maximise: false, weight: weight).map { 100 * $0.ratio },
                max: optimiser.optimise(maximise: true, weight: weight).map { 100 * $0.ratio })))
        }
        let overallWeight: (Int) -> Double = { index in
            let node = graph.nodes[index]
            guard node.isDecision, let stage = node.stage else { return 0 }
            return weights[stage] ?? 0
        }
        let best = optimiser.optimise(maximise: true, weight: overallWeight)
        let worst = optimiser.optimise(maximise: false, weight: overallWeight)
        let (bestPath, bestResult) = play(best?.path ?? [], graph: graph, scorer: scorer)
        let (worstPath, worstResult) = play(worst?.path ?? [], graph: graph, scorer: scorer)
        let endings = reachableEndings(graph, reach: reach)
        return ScoreAnalysis(
            scenarioID: scenario.id, stages: stages,
            overall: Range(min: worst.map { 100 * $0.ratio }, max: best.map { 100 * $0.ratio }),
            bestResult: bestResult, bestPath: bestPath, worstPath: worstPath, worstResult: worstResult, pathCount: countPaths(graph),
            loops: graph.loops, reachableEndings: endings,
            unescalatedEndings: unescalatedEndings(graph, facts: known, scorer: scorer),
            problems: bestResult.competent && !bestResult.criticalErrors.isEmpty ? ["the best path is judged competent despite a critical error"] : [])
    }

    /// The best mark at a multi-select or record node, and whether its worst answer is a critical error.
    static func marks(_ node: ScenarioNode, facts: Facts, scorer: Scorer) -> (best: Double, worstCritical: Bool) {
        switch node.kind {
        case .record(let task, _):
            return (scorer.rubrics[task.rubric].map { RecordMarking(task.model, rubric: $0).fraction } ?? 1, false)
        case .escalate:
            let required = scorer.requiredEscalations(facts: facts)
            return (1, required.contains { scorer.workflow.criticalEscalations.contains($0) })
        default:
            return (1, false)
        }
    }

    /// Plays the chosen options through a session and marks the result.
    static func play(_ path: [(node: Int, option: Int)], graph: ScoreGraph, scorer: Scorer) -> ([BestStep], AttemptResult) {
        let (steps, session) = replay(path, graph: graph, scorer: scorer)
        let ending: EndingKind? = if case .ending(let kind, _)? = session.node?.kind { kind } else { nil }
        return (steps, scorer.mark(graph.scenario, steps: session.steps, ending: ending))
    }

    /// Plays the chosen options through a session, producing the exact lines a trainee would type.
    /// At a multi-select or record node the best option is the right answer and the worst its opposite.
    static func replay(_ path: [(node: Int, option: Int)], graph: ScoreGraph, scorer: Scorer) -> ([BestStep], Session) {
        let escalationIDs = scorer.policy.escalations.map(\.id)
        var session = Session(scenario: graph.scenario, escalations: escalationIDs)
        var steps: [BestStep] = []
        walk: for (index, position) in path {
            let node = graph.nodes[index]
            guard session.nodeID == node.id else { break walk }
            let option = graph.options[index][position]
            let answer: Answer
            let input: String
            let summary: String
            switch node.kind {
            case .choices:
                let available = session.availableChoices
                guard let number = available.firstIndex(where: { $0.id == option.choice }) else { break walk }
                answer = .choice(available[number].id)
                input = "\(number + 1)\n"
                summary = available[number].text
            case .escalate:
                let statuses = zip(escalationIDs, scorer.escalationStatuses(facts: session.facts))
                let required = statuses.compactMap { $1 == .required ? $0 : nil }
                let notRequired = statuses.compactMap { $1 == .notRequired ? $0 : nil }
                let chosen = Set(option.best ? required : required.isEmpty ? notRequired : [])
                answer = .escalate(chosen)
                input = numbers(of: chosen, in: escalationIDs)
                summary = chosen.isEmpty ? "no escalation" : escalationIDs.filter(chosen.contains).map(scorer.label(of:)).joined(separator: "; ")
            case .disclose(let disclosure, _):
                let shared = disclosure.items.filter { $0.needed == option.best }
                answer = .disclose(Set(shared.map(\.id)))
                input = numbers(of: Set(shared.map(\.id)), in: disclosure.items.map(\.id))
                summary = shared.isEmpty ? "nothing shared" : "share: " + shared.map(\.text).joined(separator: "; ")
            case .record(let task, _):
                let text = option.best
                    ? task.model.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.joined(separator: "\n")
                    : "Seemed upset. Reported to safeguarding."
                answer = .record(text)
                input = text + "\n\n"
                summary = option.best ? "a record like the model entry" : "a vague record"
            case .ending:
                return (steps, session)
            }
            do { try session.answer(answer) } catch { break walk }
            steps.append(BestStep(node: node.id, input: input, summary: summary))
        }
        return (steps, session)
    }

    /// "1 3\n": the 1-based positions of `chosen` among `ids`, as typed.
    static func numbers(of chosen: Set<String>, in ids: [String]) -> String {
        ids.enumerated().filter { chosen.contains($0.element) }.map { "\($0.offset + 1)" }.joined(separator: " ") + "\n"
    }

    static func countPaths(_ graph: ScoreGraph) -> BigUInt {
        var count = [BigUInt](repeating: .zero, count: graph.nodes.count)
        for node in graph.postorder {
            if graph.isEnding(node) {
                count[node] = 1
                continue
            }
            // A multi-select or record node has one way on, whatever is answered.
            var seen = Set<Int>()
            for option in graph.options[node] where option.choice != nil || seen.insert(option.target).inserted {
                count[node] += count[option.target]
            }
        }
        return graph.start.map { count[$0] } ?? .zero
    }

    static func reachableEndings(_ graph: ScoreGraph, reach: ScenarioGraph.Reach) -> [(id: String, kind: EndingKind)] {
        graph.nodes.enumerated().compactMap { index, node in
            guard reach.isReached[index], case .ending(let kind, _) = node.kind else { return nil }
            return (node.id, kind)
        }
    }

    /// Endings other than poor that a path reaches without passing any escalate node, although the
    /// policy requires an escalation on the facts known there: a competent path that skipped a
    /// required escalation.
    static func unescalatedEndings(_ graph: ScoreGraph, facts: StaticFacts, scorer: Scorer) -> [String] {
        guard let start = graph.start else { return [] }
        var seen = Set([start])
        var queue = [start]
        var problems: [String] = []
        while let node = queue.popLast() {
            let scenarioNode = graph.nodes[node]
            if case .escalate = scenarioNode.kind { continue }
            if case .ending(let kind, _) = scenarioNode.kind, kind != .poor {
                let required = scorer.requiredEscalations(facts: facts[scenarioNode.id])
                if !required.isEmpty {
                    problems.append("ending '\(scenarioNode.id)' can be reached without any escalation decision although the policy requires \(required.joined(separator: ", ")); such a path is judged not yet competent")
                }
            }
            for option in graph.options[node] where seen.insert(option.target).inserted { queue.append(option.target) }
        }
        return problems
    }
}
