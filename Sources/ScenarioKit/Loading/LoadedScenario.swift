import ThresholdEngine

/// The result of reading one scenario file: the model (when the file could be read at all), every
/// problem found while reading it, and where each part was written, for the checks that follow.
public struct LoadedScenario: Sendable {
    /// The path as given to the loader; diagnostics use it too.
    public var path: String
    /// Nil only when the file could not be read as a scenario at all (unreadable, YAML syntax, not a
    /// mapping). Otherwise built even when it has errors, with empty texts where values were missing,
    /// so that validation can still report everything in one pass.
    public var scenario: Scenario?
    /// Problems found while reading; `ScenarioValidator` adds the rest.
    public var diagnostics: DiagnosticList
    var sourceMap: ScenarioSourceMap

    init(path: String, scenario: Scenario?, diagnostics: DiagnosticList, sourceMap: ScenarioSourceMap) {
        self.path = path
        self.scenario = scenario
        self.diagnostics = diagnostics
        self.sourceMap = sourceMap
    }
}
