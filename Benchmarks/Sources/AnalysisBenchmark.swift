import Assessment
import Foundation
import ScenarioKit
import ThresholdEngine

/// Score analysis on generated scenarios of 10^3, 10^4 and 10^5 nodes, each side by side with a
/// plain breadth-first reachability pass over the same graph: if analysis is linear, the ratio
/// stays flat as the size grows tenfold.
enum AnalysisBenchmark {
    static var benchmark: Benchmark { Benchmark(name: "analysis", summary: "score analysis on 10^3..10^5 generated nodes vs a reachability pass", run: run) }

    static func run(_ mode: RunMode) throws {
        let scoring = projectRoot.appendingPathComponent("Scoring").path
        let policy = try Policy.load(path: scoring + "/thresholds.yaml")
        let scorer = Scorer(
            policy: policy, workflow: try Workflow.load(path: scoring + "/workflow.yaml", escalations: policy.escalations.map(\.id)),
            rubrics: try RecordingRubrics.load(path: scoring + "/recording.yaml"))
        var previous: Double?
        for size in mode.pick([1_000, 10_000, 100_000], smoke: [100, 300]) {
            let scenario = generated(nodes: size)
            let report = SideBySide.compare(
                "analyse, \(size) nodes", mode: mode, rounds: size >= 100_000 ? 3 : 7,
                subjectName: "ScoreAnalysis.analyse", baselineName: "ScenarioGraph.reach", goal: "ratio flat as size grows",
                subject: { ScoreAnalysis.analyse(scenario, scorer: scorer).bestPath.count },
                baseline: { ScenarioGraph(scenario).reach().order.count })
            if let previous { mode.report("  growth from the size before: \(String(format: "%.1f", report.subject / previous))x for 10x the nodes") }
            previous = report.subject
        }
    }

    /// A ladder of decision nodes: each choice node leads one or two steps on, every fifth node is
    /// an escalate node, stages cycle in workflow order, one loop back every hundred nodes.
    static func generated(nodes count: Int) -> Scenario {
        let stages = WorkflowStage.allCases
        let location = SourceLocation(file: "generated.yaml", line: 1, column: 1)
        var nodes: [ScenarioNode] = []
        let decisions = count - 2
        for index in 0..<decisions {
            let next = "n\(index + 1 < decisions ? index + 1 : decisions)"
            let skip = "n\(index + 2 < decisions ? index + 2 : decisions)"
            let stage = stages[(index * stages.count) / decisions]
            let kind: ScenarioNode.Kind
            if index % 5 == 4 {
                kind = .escalate(prompt: "Who?", goto: next)
            } else {
                var choices = [
                    Choice(id: "a", text: "A", points: 3, feedback: "", goto: next, critical: nil, when: nil, location: location),
                    Choice(id: "b", text: "B", points: 1, feedback: "", goto: skip, critical: nil, when: nil, location: location),
                ]
                if index % 100 == 99 { choices.append(Choice(id: "c", text: "C", points: 0, feedback: "", goto: "n\(index - 50)", critical: nil, when: nil, location: location)) }
                if index % 7 == 3 { choices.append(Choice(id: "d", text: "D", points: 0, feedback: "", goto: "n\(decisions + 1)", critical: "never", when: nil, location: location)) }
                kind = .choices(choices)
            }
            nodes.append(ScenarioNode(id: "n\(index)", stage: stage, text: "", reveal: Facts(), prompt: nil, kind: kind, location: location))
        }
        nodes.append(ScenarioNode(id: "n\(decisions)", stage: nil, text: "", reveal: Facts(), prompt: nil, kind: .ending(.good, debrief: ""), location: location))
        nodes.append(ScenarioNode(id: "n\(decisions + 1)", stage: nil, text: "", reveal: Facts(), prompt: nil, kind: .ending(.poor, debrief: ""), location: location))
        var facts = Facts()
        facts["care_and_support_needs"] = .bool(true)
        facts["credible_threat"] = .bool(true)
        return Scenario(
            id: "generated", title: "Generated", version: "1", summary: "", setting: "homecare", audience: [], source: "",
            contentWarning: nil, minutes: nil, facts: facts, start: "n0", nodes: nodes, path: "generated.yaml", sha256: "")
    }
}
