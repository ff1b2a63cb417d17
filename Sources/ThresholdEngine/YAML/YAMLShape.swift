internal import CYaml
import Foundation

/// Limits on a YAML file's shape, checked on libyaml's event stream before Yams builds the node
/// tree. An alias repeats its anchor's whole value, so ten lines of ten aliases each (a "billion
/// laughs" file) made a tree of a billion nodes: Yams hashed it, as a key, to look for duplicates,
/// and the scenario loader walked it for control characters; both hung. Nesting is limited too:
/// libyaml stops at 1,000 levels with an error that names one of its C functions and points at
/// the start of the file, and Yams, and the walkers over its tree, recurse once a level; 100 is
/// ten times what the bundled files use, and the error points at the level too deep. libyaml's
/// parser keeps its own stacks, so reading its events first is safe at any depth. Both are `SD009`.
enum YAMLShape {
    /// The deepest nesting of lists and mappings allowed: the bundled files nest at most 10 deep.
    static let deepestNesting = 100

    /// The most nodes that aliases may repeat, over the whole file: the bundled files use none.
    static let mostRepeatedNodes = 100_000

    /// - Throws: an `SD009` diagnostic at the collection that nests too deep, or at the alias that
    ///   takes the repeated nodes over the limit. Syntax errors are left for Yams to report.
    static func check(_ text: String, path: String) throws(DiagnosticError) {
        guard mayPassALimit(text.utf8) else { return }
        var utf8 = Array(text.utf8)
        var problem: Diagnostic?
        utf8.withUnsafeMutableBufferPointer { buffer in
            problem = firstProblem(in: buffer, path: path)
        }
        if let problem { throw DiagnosticError(problem) }
    }

    /// False when one pass over the bytes shows the file cannot break either limit, so the event
    /// pass is skipped: without an anchor (`&`) no alias repeats anything, and nesting deeper than
    /// the limit is flow nesting plus block nesting, so one of them is at least half of it: half
    /// the limit in open brackets at once, or block nesting, which needs a line indented (with
    /// spaces, `-`, `?` or `:`) by at least half its depth (a list may sit at its key's
    /// indentation), so a quarter of the limit in columns. Brackets inside quotes are counted too,
    /// which can only send a file to the full check, never let one past it.
    static func mayPassALimit(_ utf8: String.UTF8View) -> Bool {
        var brackets = 0, deepestBrackets = 0
        var indent = 0, atLineStart = true
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "&"):
                return true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                brackets += 1
                deepestBrackets = max(deepestBrackets, brackets)
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                brackets = max(0, brackets - 1)
            default:
                break
            }
            if byte == UInt8(ascii: "\n") {
                atLineStart = true
                indent = 0
            } else if atLineStart {
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "\t") {
                    indent += 1
                    if indent >= deepestNesting / 4 { return true }
                } else {
                    atLineStart = false
                }
            }
            if deepestBrackets >= deepestNesting / 2 { return true }
        }
        return false
    }

    private static func firstProblem(in buffer: UnsafeMutableBufferPointer<UInt8>, path: String) -> Diagnostic? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)

        // The node count of each collection still open, with its anchor; and each anchor's count.
        var open: [(anchor: String?, nodes: Int)] = []
        var anchored: [String: Int] = [:]
        var repeated = 0
        func close(_ nodes: Int, anchor: String?) {
            if let anchor { anchored[anchor] = nodes }
            if !open.isEmpty { open[open.count - 1].nodes += nodes }
        }
        var event = yaml_event_t()
        while yaml_parser_parse(&parser, &event) == 1 {
            defer { yaml_event_delete(&event) }
            let mark = SourceLocation(file: path, line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_SCALAR_EVENT:
                close(1, anchor: name(event.data.scalar.anchor))
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                guard open.count < deepestNesting else {
                    return Diagnostic(
                        .error, "SD009", "lists and mappings nest more than \(deepestNesting) levels deep here",
                        hint: "a file this deep is almost always a mistake: look for a run of brackets, dashes or indents", at: mark)
                }
                let anchor = event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
                open.append((name(anchor), 1))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let collection = open.popLast() else { continue }
                close(collection.nodes, anchor: collection.anchor)
            case YAML_ALIAS_EVENT:
                // An unknown alias is Yams's to report, as a syntax error.
                let nodes = name(event.data.alias.anchor).flatMap { anchored[$0] } ?? 1
                repeated += nodes
                guard repeated <= mostRepeatedNodes else {
                    return Diagnostic(
                        .error, "SD009", "aliases repeat more than \(mostRepeatedNodes) nodes in all",
                        hint: "each '*name' repeats its anchor's whole value, and aliases of aliases multiply: write the values out, or check the file", at: mark)
                }
                close(nodes, anchor: nil)
            default:
                continue
            }
        }
        return nil
    }

    private static func name(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        anchor.map { String(cString: $0) }
    }
}
