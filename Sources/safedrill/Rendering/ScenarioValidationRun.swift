import Assessment
import Foundation
import Records
import ScenarioKit
import ThresholdEngine

/// What `validate` does with each file: recognise it by its `format` line and hand it to the loader
/// that understands it. Scenarios are checked against the policy named by `--policy`.
struct ScenarioValidationRun {
    let resources: ResourceOptions

    struct Outcome {
        /// How many files were checked.
        var checked = 0
        var diagnostics = DiagnosticList()
        /// Things the author should know that are not findings in a file (printed to standard error).
        var notes: [String] = []
    }

    /// The files named by `paths`: a folder gives its `.yaml` files, sorted. A path that does not
    /// exist is an input error (exit 2).
    static func files(in paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw InputError.message("no such file or folder: \(path)")
            }
            guard isFolder.boolValue else {
                files.append(path)
                continue
            }
            let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".yaml") }.sorted()
            files += names.map { (path as NSString).appendingPathComponent($0) }
        }
        return files
    }

    func check(_ files: [String]) -> Outcome {
        var outcome = Outcome()
        let policyFile = resources.policyFile
        var policy: Policy?
        var policyDiagnostics = DiagnosticList()
        do {
            let loaded = try Policy.load(path: policyFile)
            policy = loaded
            policyDiagnostics = PolicyChecks.run(loaded)
        } catch {
            policyDiagnostics = error.diagnostics
        }
        let recording = ScenarioSources.rubrics(in: resources.scoringFolder)
        let validator = policy.map { ScenarioValidator(ScenarioSources.context(policy: $0, recording: recording)) }
        var skippedScenarios = 0
        for file in files {
            switch Self.format(of: file) {
            case Policy.format:
                outcome.checked += 1
                if Self.samePath(file, policyFile) {
                    outcome.diagnostics.append(contentsOf: policyDiagnostics)
                } else {
                    outcome.diagnostics.append(contentsOf: Self.diagnostics { () throws(DiagnosticError) in PolicyChecks.run(try Policy.load(path: file)) })
                }
            case "safedrill-workflow/1":
                outcome.checked += 1
                let escalations = policy?.escalations.map(\.id) ?? []
                outcome.diagnostics.append(contentsOf: Self.diagnostics { () throws(DiagnosticError) in _ = try Workflow.load(path: file, escalations: escalations); return DiagnosticList() })
            case "safedrill-recording/1":
                outcome.checked += 1
                outcome.diagnostics.append(contentsOf: Self.diagnostics { () throws(DiagnosticError) in _ = try RecordingRubrics.load(path: file); return DiagnosticList() })
            case "safedrill-packs/1":
                outcome.checked += 1
                outcome.diagnostics.append(contentsOf: Self.diagnostics { () throws(DiagnosticError) in _ = try PackCatalogue.load(path: file); return DiagnosticList() })
            case "safedrill-policy-tests/1":
                continue
            default:
                guard let validator else {
                    skippedScenarios += 1
                    continue
                }
                outcome.checked += 1
                outcome.diagnostics.append(contentsOf: validator.check(contentsOf: file).diagnostics)
            }
        }
        if skippedScenarios > 0 {
            if !files.contains(where: { Self.samePath($0, policyFile) }) {
                outcome.checked += 1
                outcome.diagnostics.append(contentsOf: policyDiagnostics)
            }
            outcome.notes.append("\(skippedScenarios) scenario file\(skippedScenarios == 1 ? " was" : "s were") not checked: fix the policy \(ResourceOptions.display(policyFile)) first, since scenarios are checked against its facts")
        }
        return outcome
    }

    /// The diagnostics of a loader: the warnings it returns, or every problem it throws.
    private static func diagnostics(_ load: () throws(DiagnosticError) -> DiagnosticList) -> DiagnosticList {
        do { return try load() } catch { return error.diagnostics }
    }

    /// The value of the file's top-level `format:` line; files without one are taken for scenarios,
    /// whose loader then reports the missing format (`SD006`).
    static func format(of file: String) -> String? {
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("format:") {
            let value = line.dropFirst("format:".count).split(separator: "#").first ?? ""
            return value.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        }
        return nil
    }

    static func samePath(_ a: String, _ b: String) -> Bool {
        URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath().path == URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
