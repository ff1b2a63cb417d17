import Foundation
import ThresholdEngine
import Yams

/// Reads scenario files (`Scenarios/<id>.yaml`) into the typed model, reporting every problem of
/// shape in one pass: YAML syntax, unknown and missing keys, wrong kinds of value, facts against the
/// policy's schema, `when` conditions, and nodes that do not say what they are. Checks that need the
/// whole scenario (references, reachability, values) are `ScenarioValidator`'s.
public struct ScenarioLoader: Sendable {
    /// The policy's facts: scenario `facts`, `reveal` and `when` are checked against them.
    public let schema: FactSchema
    let conditions: ConditionParser

    /// A loader checking facts and conditions against `schema`.
    public init(schema: FactSchema) {
        self.schema = schema
        self.conditions = ConditionParser(schema: schema, predicates: ["chose": 2, "visited": 1])
    }

    /// Reads the file at `path`; an unreadable file is an `SD001` error.
    public func load(contentsOf path: String) -> LoadedScenario {
        guard let data = FileManager.default.contents(atPath: path) else {
            return failed(path, Diagnostic(.error, "SD001", "cannot read the file", hint: "check that the path exists and is readable", at: start(of: path)))
        }
        return load(data: data, path: path)
    }

    /// Reads a scenario from the bytes of a file; `path` names it in diagnostics and gives the expected id.
    public func load(data: Data, path: String) -> LoadedScenario {
        // The standard library's validation is many times faster than Foundation's decoding here.
        guard let text = data.withUnsafeBytes({ String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) }) else {
            return failed(path, Diagnostic(.error, "SD001", "the file is not UTF-8 text", hint: "save the file as UTF-8", at: start(of: path)))
        }
        return load(text: text, path: path, sha256: ContentHash.sha256(data))
    }

    /// Reads a scenario from its text (hashed as UTF-8).
    public func load(text: String, path: String) -> LoadedScenario {
        load(text: text, path: path, sha256: ContentHash.sha256(text))
    }

    private func load(text: String, path: String, sha256: String) -> LoadedScenario {
        let document: YAMLDocument
        do {
            document = try YAMLDocument(text: text, path: path)
        } catch {
            return failed(path, diagnostics: Self.refined(error.diagnostics, text: text, path: path))
        }
        var diagnostics = DiagnosticList()
        var sourceMap = ScenarioSourceMap(file: start(of: path))
        ControlCharacters.check(document, diagnostics: &diagnostics)
        guard let root = YAMLMapping(document.root, in: document, what: "the scenario", diagnostics: &diagnostics) else {
            return LoadedScenario(path: path, scenario: nil, diagnostics: diagnostics, sourceMap: sourceMap)
        }
        root.checkKeys(ScenarioKeys.topLevel, diagnostics: &diagnostics)
        root.checkFormat(ScenarioKeys.format, diagnostics: &diagnostics)
        for (key, _, value) in root.entries { sourceMap.values[key] = document.location(of: value) }
        sourceMap.nodesKey = root.keyNode("nodes").map(document.location(of:))

        func field(_ key: String) -> String { root.requiredString(key, diagnostics: &diagnostics) ?? "" }
        let id = field("id"), title = field("title"), version = field("version"), summary = field("summary")
        let setting = field("setting"), source = field("source")
        var audience: [String] = []
        if let entries = root.strings("audience", diagnostics: &diagnostics) {
            audience = entries.map(\.text)
            sourceMap.audience = entries.map { document.location(of: $0.node) }
        } else if root.value("audience") == nil {
            diagnostics.error("SD003", "the scenario is missing 'audience'", hint: "add e.g. 'audience: [care-worker, senior]'", at: root.location)
        }
        let facts = root.value("facts").map { schema.readFacts(allowingEmpty: $0, in: document, diagnostics: &diagnostics) } ?? Facts()
        let nodes = readNodes(root, in: document, sourceMap: &sourceMap, diagnostics: &diagnostics)
        let scenario = Scenario(
            id: id, title: title, version: version, summary: summary, setting: setting, audience: audience, source: source,
            contentWarning: root.string("content-warning", diagnostics: &diagnostics),
            minutes: root.integer("minutes", diagnostics: &diagnostics),
            facts: facts, start: readStart(root, in: document, diagnostics: &diagnostics), nodes: nodes,
            path: path, sha256: sha256)
        return LoadedScenario(path: path, scenario: scenario, diagnostics: diagnostics, sourceMap: sourceMap)
    }

    /// `start` is special: when it is missing the scenario cannot be played, so it has its own code.
    private func readStart(_ root: YAMLMapping, in document: YAMLDocument, diagnostics: inout DiagnosticList) -> String {
        guard root.value("start") != nil else {
            diagnostics.error("SD043", "the scenario has no 'start'", hint: "add 'start: <node-id>' naming the node the trainee sees first", at: root.location)
            return ""
        }
        return root.string("start", diagnostics: &diagnostics) ?? ""
    }

    private func readNodes(_ root: YAMLMapping, in document: YAMLDocument, sourceMap: inout ScenarioSourceMap, diagnostics: inout DiagnosticList) -> [ScenarioNode] {
        guard let value = root.value("nodes") else {
            diagnostics.error("SD003", "the scenario is missing 'nodes'", hint: "add 'nodes:' with one entry per step, starting with the 'start' node", at: root.location)
            return []
        }
        guard let nodes = YAMLMapping(value, in: document, what: "'nodes'", diagnostics: &diagnostics) else { return [] }
        let reader = NodeReader(document: document, schema: schema, conditions: conditions)
        var result: [ScenarioNode] = []
        result.reserveCapacity(nodes.entries.count)
        for (id, keyNode, body) in nodes.entries {
            let (node, source) = reader.read(id: id, key: keyNode, body: body, diagnostics: &diagnostics)
            result.append(node)
            sourceMap.nodes.append(source)
        }
        return result
    }

    private func start(of path: String) -> SourceLocation { SourceLocation(file: path, line: 1, column: 1) }

    private func failed(_ path: String, _ diagnostic: Diagnostic) -> LoadedScenario {
        failed(path, diagnostics: DiagnosticList([diagnostic]))
    }

    private func failed(_ path: String, diagnostics: DiagnosticList) -> LoadedScenario {
        LoadedScenario(path: path, scenario: nil, diagnostics: diagnostics, sourceMap: ScenarioSourceMap(file: start(of: path)))
    }

    /// A duplicate key under `nodes` is a repeated node id: say so (`SD040`), for every repeat, in
    /// place of the YAML reader's single `SD005` about the same line.
    static func refined(_ diagnostics: DiagnosticList, text: String, path: String) -> DiagnosticList {
        guard diagnostics.items.contains(where: { $0.code == "SD005" }) else { return diagnostics }
        let repeats = DuplicateNodeIDs.diagnostics(in: text, path: path)
        let lines = Set(repeats.map(\.location.line))
        var result = DiagnosticList(diagnostics.items.filter { $0.code != "SD005" || !lines.contains($0.location.line) })
        for diagnostic in repeats { result.append(diagnostic) }
        return result
    }
}
