import Foundation
import ScenarioKit
import ThresholdEngine
import Yams

extension Workflow {
    /// Loads and checks `Scoring/workflow.yaml`; every problem is reported with its position.
    /// - Parameter escalations: the policy's escalation ids, to check `critical-escalations`.
    public static func load(path: String, escalations: [String]) throws(DiagnosticError) -> Workflow {
        let document = try YAMLDocument(contentsOf: path)
        var diagnostics = DiagnosticList()
        guard let top = YAMLMapping(document.root, in: document, what: "the workflow", diagnostics: &diagnostics) else {
            throw DiagnosticError(diagnostics)
        }
        top.checkKeys(["format", "pass-mark", "critical-errors", "stages", "critical-escalations"], diagnostics: &diagnostics)
        top.checkFormat("safedrill-workflow/1", diagnostics: &diagnostics)
        let passMark = top.number("pass-mark", diagnostics: &diagnostics) ?? 70
        if let rule = top.string("critical-errors", diagnostics: &diagnostics), rule != "not-yet-competent" {
            diagnostics.error("SD058", "critical-errors must be 'not-yet-competent'", hint: "a critical error always means not yet competent", at: top.location(of: "critical-errors"))
        }
        var stages: [Stage] = []
        for node in top.sequence("stages", diagnostics: &diagnostics) ?? [] {
            guard let entry = YAMLMapping(node, in: document, what: "a stage", diagnostics: &diagnostics) else { continue }
            entry.checkKeys(["id", "title", "description", "weight", "floor"], diagnostics: &diagnostics)
            guard let id = entry.requiredString("id", diagnostics: &diagnostics) else { continue }
            guard let stage = WorkflowStage(rawValue: id) else {
                diagnostics.error("SD046", "unknown workflow stage '\(id)'", hint: Suggestion.hint(for: id, in: WorkflowStage.allCases.map(\.rawValue), noun: "a stage"), at: entry.location(of: "id"))
                continue
            }
            if stages.contains(where: { $0.id == stage }) {
                diagnostics.error("SD014", "stage '\(id)' is listed twice", at: entry.location(of: "id"))
            }
            stages.append(Stage(
                id: stage,
                title: entry.requiredString("title", diagnostics: &diagnostics) ?? id,
                description: entry.string("description", diagnostics: &diagnostics) ?? "",
                weight: entry.number("weight", diagnostics: &diagnostics) ?? 1,
                floor: entry.number("floor", diagnostics: &diagnostics) ?? 0))
        }
        let missing = WorkflowStage.allCases.filter { stage in !stages.contains { $0.id == stage } }
        if !missing.isEmpty {
            diagnostics.error("SD003", "the workflow is missing stage\(missing.count == 1 ? "" : "s") \(missing.map { "'\($0.rawValue)'" }.joined(separator: ", "))", hint: "list all six stages under 'stages'", at: top.location(of: "stages"))
        }
        var critical = Set<String>()
        for (name, node) in top.strings("critical-escalations", diagnostics: &diagnostics) ?? [] {
            if escalations.contains(name) { critical.insert(name) } else {
                diagnostics.error("SD011", "unknown escalation '\(name)'", hint: Suggestion.hint(for: name, in: escalations, noun: "an escalation"), at: document.location(of: node))
            }
        }
        if diagnostics.hasErrors { throw DiagnosticError(diagnostics) }
        return Workflow(
            stages: stages.sorted { $0.id < $1.id }, passMark: passMark, criticalEscalations: critical,
            sha256: ContentHash.sha256(document.text))
    }
}
