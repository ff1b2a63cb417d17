import Foundation
import ThresholdEngine

/// The scenarios of a folder (`Scenarios/`), each loaded and validated, with every problem found.
public struct ScenarioLibrary: Sendable {
    /// Every file read, sorted by path.
    public var files: [String]
    /// The scenarios that loaded without errors (warnings allowed), in file order.
    public var scenarios: [Scenario]
    /// Every file's diagnostics, errors and warnings, in file order.
    public var diagnostics: DiagnosticList

    /// Loads every `*.yaml` file directly inside `folder`, sorted by name. A folder that cannot be
    /// listed is an `SD001` error at the folder's path.
    public static func load(folder: String, context: ValidationContext) -> ScenarioLibrary {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            return ScenarioLibrary(files: [], scenarios: [], diagnostics: DiagnosticList([Diagnostic(
                .error, "SD001", "cannot read the scenario folder", hint: "check that '\(folder)' exists and is a folder",
                at: SourceLocation(file: folder, line: 1, column: 1))]))
        }
        let files = names.filter { $0.hasSuffix(".yaml") }.sorted().map { (folder as NSString).appendingPathComponent($0) }
        return load(files: files, context: context)
    }

    /// Loads and validates the given scenario files, in the order given.
    public static func load(files: [String], context: ValidationContext) -> ScenarioLibrary {
        let validator = ScenarioValidator(context)
        var library = ScenarioLibrary(files: files, scenarios: [], diagnostics: DiagnosticList())
        for file in files {
            let loaded = validator.check(contentsOf: file)
            library.diagnostics.append(contentsOf: loaded.diagnostics)
            if let scenario = loaded.scenario, !loaded.diagnostics.hasErrors { library.scenarios.append(scenario) }
        }
        return library
    }

    /// The scenario with this id.
    public subscript(id: String) -> Scenario? { scenarios.first { $0.id == id } }
}
