import Foundation
import ThresholdEngine
import Yams

/// The recording rubrics of `Scoring/recording.yaml`, by id.
public struct RecordingRubrics: Sendable, Hashable {
    public var rubrics: [String: RecordingRubric]
    public var sha256: String

    public subscript(id: String) -> RecordingRubric? { rubrics[id] }

    /// Loads and checks the file: keys, points, and that every pattern compiles (`SD054`).
    public static func load(path: String) throws(DiagnosticError) -> RecordingRubrics {
        try load(try YAMLDocument(contentsOf: path))
    }

    /// Checks rubrics from the text of a file; `path` names it in diagnostics.
    public static func load(text: String, path: String) throws(DiagnosticError) -> RecordingRubrics {
        try load(try YAMLDocument(text: text, path: path))
    }

    private static func load(_ document: YAMLDocument) throws(DiagnosticError) -> RecordingRubrics {
        var diagnostics = DiagnosticList()
        guard let top = YAMLMapping(document.root, in: document, what: "the recording rubrics", diagnostics: &diagnostics) else {
            throw DiagnosticError(diagnostics)
        }
        top.checkKeys(["format", "rubrics"], diagnostics: &diagnostics)
        top.checkFormat("safedrill-recording/1", diagnostics: &diagnostics)
        var rubrics: [String: RecordingRubric] = [:]
        for node in top.sequence("rubrics", diagnostics: &diagnostics) ?? [] {
            guard let entry = YAMLMapping(node, in: document, what: "a rubric", diagnostics: &diagnostics) else { continue }
            entry.checkKeys(["id", "title", "elements", "penalties"], diagnostics: &diagnostics)
            guard let id = entry.requiredString("id", diagnostics: &diagnostics) else { continue }
            if rubrics[id] != nil { diagnostics.error("SD014", "rubric '\(id)' is defined twice", at: entry.location(of: "id")) }
            rubrics[id] = RecordingRubric(
                id: id,
                title: entry.requiredString("title", diagnostics: &diagnostics) ?? id,
                elements: elements("elements", of: entry, diagnostics: &diagnostics),
                penalties: elements("penalties", of: entry, diagnostics: &diagnostics))
        }
        if diagnostics.hasErrors { throw DiagnosticError(diagnostics) }
        return RecordingRubrics(rubrics: rubrics, sha256: ContentHash.sha256(document.text))
    }

    private static func elements(_ key: String, of rubric: YAMLMapping, diagnostics: inout DiagnosticList) -> [RecordingRubric.Element] {
        var result: [RecordingRubric.Element] = []
        for node in rubric.sequence(key, diagnostics: &diagnostics) ?? [] {
            guard let entry = YAMLMapping(node, in: rubric.document, what: "a rubric entry", diagnostics: &diagnostics) else { continue }
            entry.checkKeys(["id", "label", "points", "patterns", "negatable", "needs", "unless", "names"], diagnostics: &diagnostics)
            guard let id = entry.requiredString("id", diagnostics: &diagnostics) else { continue }
            let points = entry.number("points", diagnostics: &diagnostics) ?? 1
            if points < 0 {
                diagnostics.error("SD055", "points must not be negative", hint: "penalties are listed under 'penalties' with positive points", at: entry.location(of: "points"))
            }
            result.append(.init(
                id: id, label: entry.requiredString("label", diagnostics: &diagnostics) ?? id, points: points,
                patterns: patterns("patterns", of: entry, diagnostics: &diagnostics),
                negatable: flag("negatable", of: entry, default: true, diagnostics: &diagnostics),
                needs: patterns("needs", of: entry, diagnostics: &diagnostics),
                unless: patterns("unless", of: entry, diagnostics: &diagnostics),
                names: flag("names", of: entry, default: false, diagnostics: &diagnostics)))
        }
        return result
    }

    /// The regular expressions under `key` (absent: none); `SD054` for one that does not compile.
    private static func patterns(_ key: String, of entry: YAMLMapping, diagnostics: inout DiagnosticList) -> [TextPattern] {
        guard entry.value(key) != nil else { return [] }
        var patterns: [TextPattern] = []
        for (source, patternNode) in entry.strings(key, diagnostics: &diagnostics) ?? [] {
            if let pattern = TextPattern(source) { patterns.append(pattern) } else {
                diagnostics.error("SD054", "'\(source)' is not a valid regular expression", hint: "escape special characters such as ( [ . with a backslash", at: entry.document.location(of: patternNode))
            }
        }
        return patterns
    }

    /// A `true`/`false` value; `SD004` for anything else.
    private static func flag(_ key: String, of entry: YAMLMapping, default value: Bool, diagnostics: inout DiagnosticList) -> Bool {
        guard let node = entry.value(key) else { return value }
        switch node.scalar?.string {
        case "true": return true
        case "false": return false
        default:
            diagnostics.error("SD004", "'\(key)' must be true or false", at: entry.document.location(of: node))
            return value
        }
    }
}
