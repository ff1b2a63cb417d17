/// The text formats xAPI 1.0.3 prescribes, checked by hand rather than with `Regex`: a validator
/// that runs over every statement of an export must not parse patterns per call (it did, and it
/// took most of an export's time).
enum XAPIFormats {
    /// 8-4-4-4-12 hexadecimal digits.
    static func isUUID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { return false }
        return bytes.enumerated().allSatisfy { index, byte in
            [8, 13, 18, 23].contains(index) ? byte == UInt8(ascii: "-") : isHexDigit(byte)
        }
    }

    /// A scheme (a letter, then letters, digits, `+`, `-` or `.`), a colon, then something, and no white space.
    static func isAbsoluteIRI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex, text.index(after: colon) != text.endIndex,
            !text.contains(where: \.isWhitespace)
        else { return false }
        let scheme = text[..<colon].utf8
        return scheme.first.map(isLetter) == true && scheme.allSatisfy { isLetter($0) || isDigit($0) || "+-.".utf8.contains($0) }
    }

    /// The shape of an RFC 5646 tag: a 2–3 or 5–8 letter language (or `x`/`i`), then subtags of 1–8 letters or digits.
    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(\.utf8)
        guard let language = parts.first, language.allSatisfy(isLetter),
            [2, 3, 5, 6, 7, 8].contains(language.count) || (language.count == 1 && "xXiI".utf8.contains(language.first ?? 0))
        else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { isLetter($0) || isDigit($0) } }
    }

    /// `mailto:` then one `@` with something on both sides, no white space.
    static func isMailto(_ text: String) -> Bool {
        guard text.hasPrefix("mailto:"), !text.contains(where: \.isWhitespace) else { return false }
        let address = text.dropFirst("mailto:".count).split(separator: "@", omittingEmptySubsequences: false)
        return address.count == 2 && address.allSatisfy { !$0.isEmpty }
    }

    /// 40 hexadecimal digits (a SHA-1).
    static func isSHA1(_ text: String) -> Bool {
        text.utf8.count == 40 && text.utf8.allSatisfy(isHexDigit)
    }

    /// `P`, then numbers with designators in order (Y M W D, then T and H M S), at least one, a
    /// `T` only before a time part; the last number may have a fraction (`PT4M30.25S`).
    static func isDuration(_ text: String) -> Bool {
        var rest = Substring(text)
        guard rest.popFirst() == "P", !rest.isEmpty else { return false }
        var designators: [Character] = ["Y", "M", "W", "D"]
        var parts = 0
        while let next = rest.first {
            if next == "T" {
                guard designators != ["H", "M", "S"] else { return false }
                rest.removeFirst()
                guard !rest.isEmpty else { return false }
                designators = ["H", "M", "S"]
                continue
            }
            let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
            let pieces = number.split(omittingEmptySubsequences: false) { $0 == "." || $0 == "," }
            guard !number.isEmpty, pieces.count <= 2, pieces.allSatisfy({ !$0.isEmpty }) else { return false }
            rest = rest.dropFirst(number.count)
            guard let designator = rest.popFirst(), let position = designators.firstIndex(of: designator) else { return false }
            designators.removeSubrange(...position)
            parts += 1
        }
        return parts > 0
    }

    /// How a timestamp fails, if it does: `YYYY-MM-DDThh:mm:ss`, an optional fraction, then `Z` or ±hh:mm (or ±hhmm).
    enum TimestampProblem { case notISO8601, negativeZeroOffset }

    static func timestampProblem(_ text: String) -> TimestampProblem? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20 else { return .notISO8601 }
        func number(_ range: Range<Int>) -> Int? {
            bytes[range].allSatisfy(isDigit) ? bytes[range].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) } : nil
        }
        guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
            bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            number(0..<4) != nil, let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return .notISO8601 }
        var index = 19
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            let digits = bytes[index...].prefix(while: isDigit).count
            guard digits > 0 else { return .notISO8601 }
            index += digits
        }
        let zone = String(decoding: bytes[index...], as: UTF8.self)
        if zone == "Z" { return nil }
        let offset = Array(zone.utf8)
        guard [5, 6].contains(offset.count), offset[0] == UInt8(ascii: "+") || offset[0] == UInt8(ascii: "-") else { return .notISO8601 }
        let digits = offset.dropFirst().filter { $0 != UInt8(ascii: ":") }
        guard digits.count == 4, digits.allSatisfy(isDigit), offset.count == 5 || offset[3] == UInt8(ascii: ":") else { return .notISO8601 }
        return zone == "-00:00" || zone == "-0000" ? .negativeZeroOffset : nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }
}
