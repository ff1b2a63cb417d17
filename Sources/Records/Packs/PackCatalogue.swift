import Foundation
import ThresholdEngine
import Yams

/// The packs in `Scoring/packs.yaml`, read with positioned diagnostics (SD0xx codes).
public struct PackCatalogue: Sendable, Hashable {
    public static let format = "safedrill-packs/1"
    public var packs: [Pack]

    /// The pack with this id.
    public func pack(_ id: String) -> Pack? { packs.first { $0.id == id } }

    /// Reads and checks `path`; throws `DiagnosticError` listing every problem found.
    public static func load(path: String) throws(DiagnosticError) -> PackCatalogue {
        try parse(YAMLDocument(contentsOf: path))
    }

    /// Reads and checks YAML text; `path` is used in diagnostics only.
    public static func parse(text: String, path: String) throws(DiagnosticError) -> PackCatalogue {
        try parse(YAMLDocument(text: text, path: path))
    }

    private static func parse(_ document: YAMLDocument) throws(DiagnosticError) -> PackCatalogue {
        var diagnostics = DiagnosticList()
        var packs: [Pack] = []
        if let root = YAMLMapping(document.root, in: document, what: "the packs file", diagnostics: &diagnostics) {
            root.checkKeys(["format", "packs"], diagnostics: &diagnostics)
            root.checkFormat(format, diagnostics: &diagnostics)
            let items = root.sequence("packs", diagnostics: &diagnostics) ?? []
            if root.value("packs") == nil {
                diagnostics.error("SD003", "missing 'packs'", hint: "list at least one pack under 'packs:'", at: root.location)
            }
            for item in items {
                guard let mapping = YAMLMapping(item, in: document, what: "a pack", diagnostics: &diagnostics),
                    let pack = readPack(mapping, diagnostics: &diagnostics)
                else { continue }
                if packs.contains(where: { $0.id == pack.id }) {
                    diagnostics.error("SD005", "duplicate pack id '\(pack.id)'", hint: "give each pack its own id", at: mapping.location(of: "id"))
                }
                packs.append(pack)
            }
        }
        if diagnostics.hasErrors { throw DiagnosticError(diagnostics) }
        return PackCatalogue(packs: packs)
    }

    private static func readPack(_ mapping: YAMLMapping, diagnostics: inout DiagnosticList) -> Pack? {
        mapping.checkKeys(["id", "title", "scenarios", "methods", "validity-months"], diagnostics: &diagnostics)
        let id = mapping.requiredString("id", diagnostics: &diagnostics)
        let title = mapping.string("title", diagnostics: &diagnostics)
        let scenarios = mapping.strings("scenarios", diagnostics: &diagnostics) ?? []
        if scenarios.isEmpty {
            diagnostics.error("SD003", "\(mapping.what) needs 'scenarios'", hint: "list the scenario ids whose assessment is the evidence", at: mapping.location)
        }
        var methods: [SignOffMethod] = []
        for (text, node) in mapping.strings("methods", diagnostics: &diagnostics) ?? [] {
            guard let method = SignOffMethod(rawValue: text) else {
                diagnostics.error("SD004", "unknown method '\(text)'", hint: "use simulation, observation or questioning", at: mapping.document.location(of: node))
                continue
            }
            methods.append(method)
        }
        if mapping.value("methods") == nil { methods = SignOffMethod.allCases }
        let months = mapping.integer("validity-months", diagnostics: &diagnostics) ?? 12
        if months < 1 || months > 120 {
            diagnostics.error("SD004", "'validity-months' must be between 1 and 120", at: mapping.location(of: "validity-months"))
        }
        guard let id else { return nil }
        return Pack(id: id, title: title ?? id, scenarios: scenarios.map(\.text), methods: methods, validityMonths: months)
    }
}
