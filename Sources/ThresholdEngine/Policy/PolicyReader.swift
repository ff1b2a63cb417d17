import Yams

/// Reads a policy document section by section, collecting every problem rather than stopping at the
/// first, so an author can fix a file in one go.
struct PolicyReader {
    let document: YAMLDocument
    var diagnostics = DiagnosticList()
    /// Facts declared with a bad type: conditions naming them are not reported again as unknown.
    var brokenFacts: Set<String> = []
    /// Every escalation id declared, including ones with other mistakes, so `then` is not reported twice.
    var declaredEscalations: [String] = []

    init(document: YAMLDocument) { self.document = document }

    /// The policy, or nil when the file is too broken to build one; `diagnostics` says why.
    mutating func read(sha256: String) -> Policy? {
        guard let top = YAMLMapping(document.root, in: document, what: "the policy", diagnostics: &diagnostics) else { return nil }
        let keys = ["format", "id", "version", "jurisdiction", "title", "facts", "escalations", "rules"]
        top.checkKeys(keys, diagnostics: &diagnostics)
        top.checkFormat(Policy.format, diagnostics: &diagnostics)
        let id = top.requiredString("id", allowed: keys, diagnostics: &diagnostics)
        let version = top.requiredString("version", allowed: keys, diagnostics: &diagnostics)
        let jurisdiction = top.requiredString("jurisdiction", allowed: keys, diagnostics: &diagnostics)
        let title = top.string("title", diagnostics: &diagnostics)
        let schema = readFacts(requiredList("facts", in: top, keys: keys))
        let escalations = readEscalations(requiredList("escalations", in: top, keys: keys), schema: schema)
        let rules = readRules(requiredList("rules", in: top, keys: keys), schema: schema)
        guard let id, let version, let jurisdiction else { return nil }
        return Policy(
            id: id, version: version, jurisdiction: jurisdiction, title: title ?? "",
            schema: schema, escalations: escalations, rules: rules, sha256: sha256, path: document.path)
    }

    /// A required list; `SD003` when absent, `SD004` when not a list.
    mutating func requiredList(_ key: String, in mapping: YAMLMapping, keys: [String]) -> [Node] {
        guard mapping.value(key) != nil else {
            if mapping.isMisspelt(key, allowed: keys) { return [] }
            diagnostics.error("SD003", "\(mapping.what) is missing '\(key)'", hint: "add a '\(key):' list; see docs/policy.md", at: mapping.location)
            return []
        }
        return mapping.sequence(key, diagnostics: &diagnostics) ?? []
    }

    /// Reports `SD014` when `id` was seen before (at `previous`).
    mutating func checkUnique(_ id: String, _ noun: String, at node: Node, previous: SourceLocation?) -> Bool {
        guard let previous else { return true }
        diagnostics.error(
            "SD014", "duplicate \(noun) id '\(id)' (first at line \(previous.line))",
            hint: "give each \(noun) its own id", at: document.location(of: node))
        return false
    }
}
