import Crypto
import Foundation

/// The bytes a record is hashed and signed as: named fields, each as name, length and value.
///
/// Lengths make the encoding unambiguous (no field can run into the next) and names make a field
/// that moved show as a change; the same values always give the same bytes on every platform.
public struct CanonicalEncoding: Sendable {
    /// The encoded bytes so far.
    public private(set) var bytes: [UInt8] = []

    /// An empty encoding that starts with `kind`, so two kinds of record never share bytes.
    public init(kind: String) {
        bytes.reserveCapacity(1024)
        field("kind", kind)
    }

    /// Appends one named text field; nil is written as a distinct marker, not as "".
    public mutating func field(_ name: String, _ value: String?) {
        guard var value else { return field(name, utf8: nil) }
        value.withUTF8 { field(name, utf8: $0) }
    }

    /// Appends one named text field given as UTF-8 bytes, as read from SQLite's own buffer.
    mutating func field(_ name: String, utf8 value: UnsafeBufferPointer<UInt8>?) {
        append(name)
        if let value {
            bytes.append(1)
            append(value)
        } else {
            bytes.append(0)
        }
    }

    /// Appends one named binary field.
    public mutating func field(_ name: String, bytes value: some DataProtocol) {
        append(name)
        bytes.append(1)
        append(length: value.count)
        bytes.append(contentsOf: value)
    }

    /// SHA-256 of the bytes, in lowercase hex.
    public var sha256: String { Hex.sha256(bytes) }

    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    private mutating func append(_ value: UnsafeBufferPointer<UInt8>) {
        append(length: value.count)
        bytes.append(contentsOf: value)
    }

    private mutating func append(length: Int) {
        var length = UInt64(length).bigEndian
        withUnsafeBytes(of: &length) { bytes.append(contentsOf: $0) }
    }
}

/// Lowercase hexadecimal, the form every hash in the store is kept in.
enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    static func string(_ bytes: some Sequence<UInt8>) -> String {
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func sha256(_ bytes: some DataProtocol) -> String {
        string(SHA256.hash(data: bytes))
    }

    /// SHA-256 of `salt` followed by `text`: how personal data enters the chain.
    static func salted(_ salt: Data, _ text: String) -> String {
        var hasher = SHA256()
        hasher.update(data: salt)
        hasher.update(data: Data(text.utf8))
        return string(hasher.finalize())
    }
}
