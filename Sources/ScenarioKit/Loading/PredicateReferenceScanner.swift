import ThresholdEngine
import Yams

/// Finds the `chose(...)` and `visited(...)` calls in a condition that has already parsed, with the
/// offset of each argument, so that an argument naming a missing node or choice is reported at its
/// own column. The condition parser keeps no positions in the parsed condition, hence this small scan.
enum PredicateReferenceScanner {
    /// The predicates whose arguments name nodes and choices of the scenario.
    static let names: Set<String> = ["chose", "visited"]

    static func references(in node: Node, document: YAMLDocument) -> [PredicateReference] {
        guard let text = node.scalar?.string else { return [] }
        let tokens = self.tokens(text)
        var references: [PredicateReference] = []
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard case .word(let name) = tokens[index].kind, names.contains(name),
                  index + 1 < tokens.count, case .open = tokens[index + 1].kind else { continue }
            var arguments: [PredicateReference.Argument] = []
            var cursor = index + 2
            scan: while cursor < tokens.count {
                switch tokens[cursor].kind {
                case .word(let argument), .quoted(let argument):
                    arguments.append(.init(text: argument, location: document.location(ofOffset: tokens[cursor].offset, in: node)))
                case .close: break scan
                case .open: break
                }
                cursor += 1
            }
            references.append(PredicateReference(name: name, arguments: arguments))
            index = cursor
        }
        return references
    }

    private struct Token {
        enum Kind { case word(String), quoted(String), open, close }
        var kind: Kind
        var offset: Int
    }

    /// Names, quoted texts and parentheses, with offsets in Unicode scalars; everything else is skipped.
    private static func tokens(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        func isNamePart(_ c: Unicode.Scalar) -> Bool {
            (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "_" || c == "-"
        }
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            let c = scalars[index]
            let start = index
            if c == "'" || c == "\"" {
                var end = index + 1
                while end < scalars.count, scalars[end] != c { end += 1 }
                tokens.append(Token(kind: .quoted(String(String.UnicodeScalarView(scalars[(index + 1)..<min(end, scalars.count)]))), offset: start))
                index = end + 1
            } else if isNamePart(c) {
                var end = index
                while end < scalars.count, isNamePart(scalars[end]) { end += 1 }
                tokens.append(Token(kind: .word(String(String.UnicodeScalarView(scalars[index..<end]))), offset: start))
                index = end
            } else {
                if c == "(" { tokens.append(Token(kind: .open, offset: start)) }
                if c == ")" { tokens.append(Token(kind: .close, offset: start)) }
                index += 1
            }
        }
        return tokens
    }
}
