/// A token of the condition language, with its offset (in Unicode scalars) inside the condition text.
struct ConditionToken: Equatable {
    enum Kind: Equatable {
        case name(String)
        case number(Double)
        case string(String)
        case comparison(Comparison)
        case leftParen, rightParen, leftBracket, rightBracket, comma
        case end
    }

    let kind: Kind
    let offset: Int
    let length: Int
}

/// Splits condition text into tokens; a character it cannot read is an `SD020` error at its column.
struct ConditionLexer {
    static func tokens(_ text: String) throws(ConditionSyntaxError) -> [ConditionToken] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [ConditionToken] = []
        var index = 0
        func isNameStart(_ c: Unicode.Scalar) -> Bool { (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_" }
        func isNamePart(_ c: Unicode.Scalar) -> Bool { isNameStart(c) || (c >= "0" && c <= "9") || c == "-" }
        func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }
        while index < scalars.count {
            let c = scalars[index]
            let start = index
            switch c {
            case " ", "\t", "\n", "\r":
                index += 1
                continue
            case "(": tokens.append(.init(kind: .leftParen, offset: start, length: 1)); index += 1
            case ")": tokens.append(.init(kind: .rightParen, offset: start, length: 1)); index += 1
            case "[": tokens.append(.init(kind: .leftBracket, offset: start, length: 1)); index += 1
            case "]": tokens.append(.init(kind: .rightBracket, offset: start, length: 1)); index += 1
            case ",": tokens.append(.init(kind: .comma, offset: start, length: 1)); index += 1
            case "=", "!", "<", ">":
                let next = index + 1 < scalars.count ? scalars[index + 1] : " "
                let two = String(c) + String(next)
                if let op = Comparison(rawValue: two) {
                    tokens.append(.init(kind: .comparison(op), offset: start, length: 2))
                    index += 2
                } else if let op = Comparison(rawValue: String(c)) {
                    tokens.append(.init(kind: .comparison(op), offset: start, length: 1))
                    index += 1
                } else {
                    let hint = c == "=" ? "compare with '=='" : "write 'not' for negation, '!=' for 'not equal'"
                    throw ConditionSyntaxError(offset: start, message: "unexpected '\(c)'", hint: hint)
                }
            case "'", "\"":
                var end = index + 1
                while end < scalars.count, scalars[end] != c { end += 1 }
                guard end < scalars.count else {
                    throw ConditionSyntaxError(offset: start, message: "unclosed quote", hint: "close the text with \(c)")
                }
                let value = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
                tokens.append(.init(kind: .string(value), offset: start, length: end - start + 1))
                index = end + 1
            default:
                if isDigit(c) || (c == "." && index + 1 < scalars.count && isDigit(scalars[index + 1])) {
                    var end = index
                    while end < scalars.count, isDigit(scalars[end]) || scalars[end] == "." || scalars[end] == "_" { end += 1 }
                    let literal = String(String.UnicodeScalarView(scalars[index..<end])).replacingOccurrences(of: "_", with: "")
                    guard let number = Double(literal) else {
                        throw ConditionSyntaxError(offset: start, message: "'\(literal)' is not a number", hint: "write numbers like 250 or 12.5")
                    }
                    tokens.append(.init(kind: .number(number), offset: start, length: end - start))
                    index = end
                } else if isNameStart(c) {
                    var end = index
                    while end < scalars.count, isNamePart(scalars[end]) { end += 1 }
                    let name = String(String.UnicodeScalarView(scalars[index..<end]))
                    tokens.append(.init(kind: .name(name), offset: start, length: end - start))
                    index = end
                } else {
                    throw ConditionSyntaxError(offset: start, message: "unexpected character '\(c)'", hint: "conditions use names, numbers, quoted text, and or not in, == != < <= > >=, ( ) and [ ]")
                }
            }
        }
        tokens.append(.init(kind: .end, offset: scalars.count, length: 0))
        return tokens
    }
}
