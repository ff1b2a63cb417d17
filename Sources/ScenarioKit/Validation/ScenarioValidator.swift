import Foundation
import ThresholdEngine

/// Checks a loaded scenario as a whole: references between nodes and choices, the shape of the graph
/// (every node reachable, an ending reachable from every node), header values, and advice for the
/// author (single choices, unexercised stages, escalate nodes with nothing to escalate). Linear in
/// nodes plus edges.
public struct ScenarioValidator: Sendable {
    /// The schema, rubrics and policy decision the scenario is checked against.
    public let context: ValidationContext

    /// A validator for scenarios played under `context`.
    public init(_ context: ValidationContext) { self.context = context }

    /// Loads the file at `path` and validates it: its diagnostics are the loader's and the validator's.
    public func check(contentsOf path: String) -> LoadedScenario {
        check(ScenarioLoader(schema: context.schema).load(contentsOf: path))
    }

    /// Validates a scenario read from `text`, for tests and tools that hold the text already.
    public func check(text: String, path: String) -> LoadedScenario {
        check(ScenarioLoader(schema: context.schema).load(text: text, path: path))
    }

    /// `loaded` with the validator's findings added to its diagnostics.
    public func check(_ loaded: LoadedScenario) -> LoadedScenario {
        var result = loaded
        result.diagnostics.append(contentsOf: validate(loaded))
        return result
    }

    /// The validator's findings alone (the loader's are in `loaded.diagnostics`).
    public func validate(_ loaded: LoadedScenario) -> DiagnosticList {
        guard let scenario = loaded.scenario else { return DiagnosticList() }
        var checks = ScenarioChecks(scenario: scenario, sourceMap: loaded.sourceMap, context: context)
        checks.checkHeader()
        checks.checkReferences()
        checks.checkGraph()
        checks.checkAdvice()
        checks.checkModelAnswers()
        return checks.diagnostics
    }
}

/// The state shared by the checks of one scenario: the model, where its parts are written, its
/// graph, and the findings so far. Each group of checks lives in its own file.
struct ScenarioChecks {
    let scenario: Scenario
    let sourceMap: ScenarioSourceMap
    let context: ValidationContext
    /// The scenario's graph with broken links recovered (see `recoveredGraph`).
    let graph: ScenarioGraph
    /// What can be reached from the start of `graph`.
    let reach: ScenarioGraph.Reach
    var diagnostics = DiagnosticList()

    init(scenario: Scenario, sourceMap: ScenarioSourceMap, context: ValidationContext) {
        self.scenario = scenario
        self.sourceMap = sourceMap
        self.context = context
        self.graph = Self.recoveredGraph(of: scenario, sourceMap: sourceMap)
        self.reach = graph.reach()
    }

    /// The positions of node `index` (loaded models always have them; a model built in code may not).
    func source(ofNode index: Int) -> NodeSource {
        index < sourceMap.nodes.count ? sourceMap.nodes[index] : NodeSource(id: scenario.nodes[index].location)
    }

    /// The positions of choice `number` of node `index`.
    func source(ofChoice number: Int, node index: Int) -> ChoiceSource {
        let node = source(ofNode: index)
        if number < node.choices.count { return node.choices[number] }
        return ChoiceSource(id: node.id, goto: node.id, points: node.id)
    }
}
