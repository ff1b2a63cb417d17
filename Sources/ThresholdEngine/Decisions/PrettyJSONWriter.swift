/// Writes JSON byte for byte as Foundation's `JSONEncoder` does with `.prettyPrinted`, `.sortedKeys`
/// and `.withoutEscapingSlashes`: two-space indents, `"key" : value`, an empty container as
/// `[`, a blank line and `]`, and strings escaped the same way. It is a fraction of the encoder's
/// cost (no `Encoder` containers, no boxing, no key sorting at run time), which is what
/// `POST /v1/decisions` spends most of its time on otherwise; callers write keys in sorted order.
struct PrettyJSONWriter {
    /// The JSON so far, as UTF-8.
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Whether the innermost open container has an element yet.
    private var hasElements = false

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Opens an object; `closeObject()` ends it.
    mutating func openObject() { open(UInt8(ascii: "{")) }

    /// Ends the innermost object.
    mutating func closeObject() { close(UInt8(ascii: "}")) }

    /// Opens an array; `closeArray()` ends it.
    mutating func openArray() { open(UInt8(ascii: "[")) }

    /// Ends the innermost array.
    mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// Starts an object's field: the value written next is its value. Keys must come in sorted order.
    mutating func key(_ name: StaticString) {
        startElement()
        literal("\"")
        literal(name)
        literal("\" : ")
    }

    /// Starts an array's element: the value written next is the element.
    mutating func element() { startElement() }

    /// A string value, escaped as `JSONEncoder` escapes it.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var plainFrom = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainFrom..<index]))
                appendEscape(byte)
                plainFrom = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainFrom...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A `true` or `false` value.
    mutating func bool(_ flag: Bool) {
        literal(flag ? "true" : "false")
    }

    /// A field holding an array of strings.
    mutating func strings(_ key: StaticString, _ values: [String]) {
        self.key(key)
        openArray()
        for value in values {
            element()
            string(value)
        }
        closeArray()
    }

    private mutating func literal(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        hasElements = false
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        bytes.append(UInt8(ascii: "\n"))
        if !hasElements { bytes.append(UInt8(ascii: "\n")) }
        indent()
        bytes.append(bracket)
        // The container just closed is an element of the one around it.
        hasElements = true
    }

    private mutating func startElement() {
        if hasElements { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\n"))
        indent()
        hasElements = true
    }

    private mutating func indent() {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    /// `\"`, `\\`, the short escapes JSON has for five control characters, `\u00XX` for the others.
    private mutating func appendEscape(_ byte: UInt8) {
        let short: UInt8? = switch byte {
        case UInt8(ascii: "\""): UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): UInt8(ascii: "\\")
        case 0x08: UInt8(ascii: "b")
        case 0x09: UInt8(ascii: "t")
        case 0x0A: UInt8(ascii: "n")
        case 0x0C: UInt8(ascii: "f")
        case 0x0D: UInt8(ascii: "r")
        default: nil
        }
        bytes.append(UInt8(ascii: "\\"))
        if let short {
            bytes.append(short)
            return
        }
        func hexDigit(_ nibble: UInt8) -> UInt8 { nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10 }
        literal("u00")
        bytes.append(hexDigit(byte >> 4))
        bytes.append(hexDigit(byte & 0xF))
    }
}
