import ThresholdEngine

/// Finds node ids written twice under `nodes`. The YAML reader refuses any mapping with a repeated key
/// and names only one, as a plain duplicate key (`SD005`); a scan of the text finds every repeated
/// node id, so the author can fix them all at once and reads a message about nodes, not mappings.
/// It reads the usual block layout (`nodes:` at the left margin, one node id per line at the same
/// indentation); a node mapping written inline in braces is left to `SD005`.
enum DuplicateNodeIDs {
    static func diagnostics(in text: String, path: String) -> [Diagnostic] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let nodesLine = lines.firstIndex(where: isNodesKey) else { return [] }
        var firstLine: [String: Int] = [:]
        var found: [Diagnostic] = []
        var childIndent: Int?
        for number in (nodesLine + 1)..<lines.count {
            let line = lines[number]
            let indent = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(indent)
            if rest.allSatisfy(\.isWhitespace) || rest.hasPrefix("#") { continue }
            if indent == 0 { break }
            if childIndent == nil { childIndent = indent }
            guard indent == childIndent, let key = key(of: rest) else { continue }
            if let first = firstLine[key] {
                found.append(Diagnostic(
                    .error, "SD040", "node id '\(key)' is used twice (first at line \(first))",
                    hint: "give each node its own id; rename this one and update the 'goto' lines that mean it",
                    at: SourceLocation(file: path, line: number + 1, column: indent + 1)))
            } else {
                firstLine[key] = number + 1
            }
        }
        return found
    }

    private static func isNodesKey(_ line: Substring) -> Bool {
        guard line.hasPrefix("nodes:") else { return false }
        let after = line.dropFirst("nodes:".count).drop { $0 == " " || $0 == "\t" || $0 == "\r" }
        return after.isEmpty || after.hasPrefix("#")
    }

    /// The key of a `key: value` or `key:` line, quoted or plain.
    private static func key(of text: Substring) -> String? {
        if let quote = text.first, quote == "\"" || quote == "'" {
            let body = text.dropFirst()
            guard let end = body.firstIndex(of: quote), body[body.index(after: end)...].hasPrefix(":") else { return nil }
            return String(body[..<end])
        }
        guard !text.hasPrefix("- "), let colon = text.firstIndex(of: ":") else { return nil }
        let after = text[text.index(after: colon)...]
        guard after.isEmpty || after.first == " " || after.first == "\r" else { return nil }
        return String(text[..<colon])
    }
}
