import Foundation
import Yams

/// A YAML file parsed into a node tree that keeps every node's position, so later checks can point
/// at the exact line and column of a mistake.
public struct YAMLDocument {
    public let path: String
    public let text: String
    public let root: Node
    private let lines: [Substring]

    /// Parses `text`; a syntax error or a duplicate key becomes one `SD001`/`SD005` diagnostic,
    /// text over `byteLimit` bytes of UTF-8 an `SD007` one, before any parsing, and nesting too deep
    /// or aliases that repeat too much an `SD009` one, before the node tree is built.
    public init(text: String, path: String, byteLimit: Int = largestFile) throws(DiagnosticError) {
        try Self.checkSize(text.utf8.count, limit: byteLimit, path: path)
        self.path = path
        self.text = text
        // Split the bytes, not the Characters: grapheme breaking cost as much as a third of the parse,
        // and a "\r\n" Character would never match "\n".
        self.lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
        do {
            try YAMLShape.check(text, path: path)
            guard let root = try Yams.compose(yaml: text) else {
                throw DiagnosticError(Diagnostic(
                    .error, "SD001", "the file is empty",
                    hint: "start with the 'format' line; see docs/formats.md",
                    at: SourceLocation(file: path, line: 1, column: 1)))
            }
            self.root = root
        } catch let error as DiagnosticError {
            throw error
        } catch let error as YamlError {
            throw DiagnosticError(Self.diagnostic(for: error, path: path, lines: lines))
        } catch {
            throw DiagnosticError(Diagnostic(
                .error, "SD001", "could not read YAML: \(error)",
                at: SourceLocation(file: path, line: 1, column: 1)))
        }
    }

    /// Reads and parses the file at `path`; an unreadable file is an `SD001` error at 1:1, one over
    /// `byteLimit` bytes an `SD007` error, found before it is read.
    public init(contentsOf path: String, byteLimit: Int = largestFile) throws(DiagnosticError) {
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int {
            try Self.checkSize(size, limit: byteLimit, path: path)
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw DiagnosticError(Diagnostic(
                .error, "SD001", "cannot read the file",
                hint: "check that the path exists and is UTF-8 text",
                at: SourceLocation(file: path, line: 1, column: 1)))
        }
        try self.init(text: text, path: path, byteLimit: byteLimit)
    }

    /// The position of `node`, or the start of the file for nodes built in code.
    public func location(of node: Node) -> SourceLocation {
        SourceLocation(file: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    /// The position of the character at `offset` (in Unicode scalars) inside the text of a scalar node,
    /// following the scalar's style: plain and quoted scalars may fold over lines; block scalars start
    /// on the line after their indicator.
    public func location(ofOffset offset: Int, in node: Node) -> SourceLocation {
        let start = location(of: node)
        guard let scalar = node.scalar else { return start }
        var segments: [(line: Int, column: Int, length: Int)] = []
        switch scalar.style {
        case .literal, .folded:
            var lineNumber = start.line + 1
            var indent: Int?
            while lineNumber <= lines.count {
                let line = lines[lineNumber - 1]
                let leading = line.unicodeScalars.prefix { $0 == " " }.count
                let content = line.unicodeScalars.count
                if content > leading {
                    if indent == nil { indent = leading }
                    if let indent, leading < indent { break }
                }
                let column = (indent ?? leading) + 1
                segments.append((lineNumber, column, max(0, content - column + 1)))
                lineNumber += 1
            }
        default:
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            var lineNumber = start.line
            var column = start.column + (quoted ? 1 : 0)
            var covered = 0
            while lineNumber <= lines.count {
                let line = lines[lineNumber - 1].unicodeScalars
                let length = max(0, line.count - column + 1)
                segments.append((lineNumber, column, length))
                // Lines past the offset are never read: stop, or every condition early in a long
                // file would walk all the lines after it (quadratic over a file of conditions).
                covered += length + 1
                if covered > offset { break }
                lineNumber += 1
                guard lineNumber <= lines.count else { break }
                let next = lines[lineNumber - 1].unicodeScalars
                column = next.prefix { $0 == " " || $0 == "\t" }.count + 1
            }
        }
        var remaining = offset
        for segment in segments {
            if remaining <= segment.length { return SourceLocation(file: path, line: segment.line, column: segment.column + remaining) }
            remaining -= segment.length + 1
        }
        return start
    }

    static func diagnostic(for error: YamlError, path: String, lines: [Substring]) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: path, line: mark.line, column: mark.column) }
        let start = SourceLocation(file: path, line: 1, column: 1)
        let hint = "check indentation, a missing ':' or an unclosed quote or bracket"
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let detail = context.map { "\($0.text); " } ?? ""
            return Diagnostic(.error, "SD001", "YAML syntax: \(detail)\(problem)", hint: hint, at: at(mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? ""
            return Diagnostic(
                .error, "SD005", "duplicate key '\(key)' in a mapping (first at line \(context.mark.line))",
                hint: "each key may appear once in a mapping; merge or rename the entries",
                at: repeatedKey(key, after: context.mark, lines: lines, path: path) ?? at(context.mark))
        case let .reader(problem, _, _, _):
            return Diagnostic(.error, "SD001", "YAML: \(problem)", hint: "save the file as UTF-8 text", at: start)
        default:
            return Diagnostic(.error, "SD001", "YAML: \(error)", hint: hint, at: start)
        }
    }

    /// Yams reports a duplicate key at its first occurrence; authors need the second one, the line to fix.
    private static func repeatedKey(_ key: String, after mark: Mark, lines: [Substring], path: String) -> SourceLocation? {
        guard mark.line < lines.count else { return nil }
        for index in mark.line..<lines.count {
            let scalars = Array(lines[index].unicodeScalars)
            guard scalars.count >= mark.column else { continue }
            let indent = scalars.prefix { $0 == " " || $0 == "-" }.count
            if indent + 1 < mark.column { return nil }
            let rest = String(String.UnicodeScalarView(scalars[(mark.column - 1)...]))
            if indent + 1 == mark.column, rest.hasPrefix(key + ":") || rest.hasPrefix("\"\(key)\":") || rest.hasPrefix("'\(key)':") {
                return SourceLocation(file: path, line: index + 1, column: mark.column)
            }
        }
        return nil
    }
}
