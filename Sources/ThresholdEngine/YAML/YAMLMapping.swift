import Yams

/// A YAML mapping read with checks: unknown keys (with a suggestion), missing required keys and
/// values of the wrong kind all become diagnostics pointing at the offending node.
public struct YAMLMapping {
    public let document: YAMLDocument
    public let node: Node
    /// What the mapping is, for messages: "a rule", "node 'start'".
    public let what: String
    private let pairs: [(key: Node, value: Node)]
    /// The key texts, read once: lookups compare strings instead of copying nodes (loading is dominated by lookups).
    private let keys: [String]

    /// Wraps `node`, or reports `SD004` and returns nil when it is not a mapping.
    public init?(_ node: Node, in document: YAMLDocument, what: String, diagnostics: inout DiagnosticList) {
        guard let mapping = node.mapping else {
            diagnostics.error("SD004", "\(what) must be a mapping of 'key: value' lines", hint: "indent its keys under it", at: document.location(of: node))
            return nil
        }
        self.document = document
        self.node = node
        self.what = what
        self.pairs = mapping.map { ($0.key, $0.value) }
        self.keys = pairs.map { $0.key.scalar?.string ?? "" }
    }

    /// The keys in file order, with their nodes.
    public var entries: [(key: String, keyNode: Node, value: Node)] {
        pairs.indices.map { (keys[$0], pairs[$0].key, pairs[$0].value) }
    }

    public var location: SourceLocation { document.location(of: node) }

    /// Reports `SD002` for every key not in `allowed`, suggesting the nearest allowed key.
    public func checkKeys(_ allowed: [String], diagnostics: inout DiagnosticList) {
        for (pair, key) in zip(pairs, keys) {
            guard !allowed.contains(key) else { continue }
            diagnostics.error(
                "SD002", "unknown key '\(key)' in \(what)",
                hint: Suggestion.hint(for: key, in: allowed, noun: "a key here"),
                at: document.location(of: pair.key))
        }
    }

    public func value(_ key: String) -> Node? { keys.firstIndex(of: key).map { pairs[$0].value } }

    public func keyNode(_ key: String) -> Node? { keys.firstIndex(of: key).map { pairs[$0].key } }

    /// The position of `key`'s value, or of the mapping when the key is absent.
    public func location(of key: String) -> SourceLocation {
        value(key).map(document.location(of:)) ?? location
    }

    /// A required scalar text; `SD003` when absent, `SD004` when not a scalar or empty.
    public func requiredString(_ key: String, diagnostics: inout DiagnosticList) -> String? {
        guard value(key) != nil else {
            diagnostics.error("SD003", "\(what) is missing '\(key)'", hint: "add a '\(key):' line", at: location)
            return nil
        }
        return string(key, diagnostics: &diagnostics)
    }

    /// An optional scalar text; `SD004` when present but not a non-empty scalar.
    public func string(_ key: String, diagnostics: inout DiagnosticList) -> String? {
        guard let node = value(key) else { return nil }
        guard let scalar = node.scalar, scalar.string.contains(where: { !$0.isWhitespace }) else {
            diagnostics.error("SD004", "'\(key)' in \(what) must be a non-empty text", at: document.location(of: node))
            return nil
        }
        return scalar.string
    }

    /// An optional number; `SD004` when present but not a number.
    public func number(_ key: String, diagnostics: inout DiagnosticList) -> Double? {
        guard let node = value(key) else { return nil }
        guard let number = node.float, node.scalar?.style == .plain else {
            diagnostics.error("SD004", "'\(key)' in \(what) must be a number", at: document.location(of: node))
            return nil
        }
        return number
    }

    /// An optional whole number; `SD004` when present but not an integer. YAML 1.1's base-60
    /// numbers (`1:30`) are not whole numbers here: Yams reads them without checking for overflow,
    /// and `1:0:0:0:0:0:0:0:0:0:0:0` trapped.
    public func integer(_ key: String, diagnostics: inout DiagnosticList) -> Int? {
        guard let node = value(key) else { return nil }
        guard let scalar = node.scalar, scalar.style == .plain, !scalar.string.contains(":"), let number = node.int else {
            diagnostics.error("SD004", "'\(key)' in \(what) must be a whole number", at: document.location(of: node))
            return nil
        }
        return number
    }

    /// An optional true/false; `SD004` when present but not a boolean.
    public func bool(_ key: String, diagnostics: inout DiagnosticList) -> Bool? {
        guard let node = value(key) else { return nil }
        guard let flag = node.bool, node.scalar?.style == .plain else {
            diagnostics.error("SD004", "'\(key)' in \(what) must be true or false", at: document.location(of: node))
            return nil
        }
        return flag
    }

    /// An optional list of scalar texts; a single scalar counts as a list of one.
    public func strings(_ key: String, diagnostics: inout DiagnosticList) -> [(text: String, node: Node)]? {
        guard let node = value(key) else { return nil }
        if let scalar = node.scalar { return [(scalar.string, node)] }
        guard let sequence = node.sequence else {
            diagnostics.error("SD004", "'\(key)' in \(what) must be a list", hint: "write [a, b] or one '- item' per line", at: document.location(of: node))
            return nil
        }
        var result: [(text: String, node: Node)] = []
        for item in sequence {
            guard let scalar = item.scalar else {
                diagnostics.error("SD004", "each entry of '\(key)' must be a text", at: document.location(of: item))
                continue
            }
            result.append((scalar.string, item))
        }
        return result
    }

    /// An optional list node; `SD004` when present but not a list.
    public func sequence(_ key: String, diagnostics: inout DiagnosticList) -> [Node]? {
        guard let node = value(key) else { return nil }
        guard let sequence = node.sequence else {
            diagnostics.error("SD004", "'\(key)' in \(what) must be a list", hint: "write one '- item' per line", at: document.location(of: node))
            return nil
        }
        return Array(sequence)
    }

    /// An optional nested mapping.
    public func mapping(_ key: String, what: String, diagnostics: inout DiagnosticList) -> YAMLMapping? {
        guard let node = value(key) else { return nil }
        return YAMLMapping(node, in: document, what: what, diagnostics: &diagnostics)
    }

    /// Checks the `format` key against the one this reader understands (`SD006`).
    public func checkFormat(_ expected: String, diagnostics: inout DiagnosticList) {
        guard let node = value("format") else {
            diagnostics.error("SD006", "missing 'format'", hint: "the first line should be 'format: \(expected)'", at: location)
            return
        }
        if node.string != expected {
            diagnostics.error("SD006", "unsupported format '\(node.string ?? "")'", hint: "this version of SafeDrill reads 'format: \(expected)'", at: document.location(of: node))
        }
    }
}
