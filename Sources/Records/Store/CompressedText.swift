import CZlib
import Foundation

/// Long text the store keeps deflated (the scorer's marked result): `SDZ1`, the text's length as
/// four little-endian bytes, then a zlib stream.
///
/// Reading gives back the exact bytes written, so a digest over the text means what it did when
/// the text was stored as it is. A blob without the header, or that does not inflate to the
/// length it claims, is not compressed text and reads as what it is.
enum CompressedText {
    private static let magic: [UInt8] = Array("SDZ1".utf8)
    private static let headerCount = 8

    /// The deflated form of `text`, or nil when zlib fails (it fails only without memory).
    static func compress(_ text: String) -> Data? {
        var source = Array(text.utf8)
        var count = compressBound(uLong(source.count))
        var out = [UInt8](repeating: 0, count: headerCount + Int(count))
        let length = UInt32(source.count)
        out.replaceSubrange(0..<4, with: magic)
        out.replaceSubrange(4..<8, with: withUnsafeBytes(of: length.littleEndian) { Array($0) })
        let status = out.withUnsafeMutableBufferPointer { buffer in
            source.withUnsafeMutableBufferPointer { input in
                compress2(buffer.baseAddress.map { $0 + headerCount }, &count, input.baseAddress, uLong(input.count), Z_DEFAULT_COMPRESSION)
            }
        }
        return status == Z_OK ? Data(out.prefix(headerCount + Int(count))) : nil
    }

    /// The text's bytes, or nil when `bytes` is not compressed text.
    static func inflate(_ bytes: UnsafeRawBufferPointer) -> [UInt8]? {
        guard bytes.count > headerCount, bytes.prefix(4).elementsEqual(magic) else { return nil }
        let length = bytes[4..<8].reversed().reduce(0) { $0 << 8 | Int($1) }
        var out = [UInt8](repeating: 0, count: length)
        var count = uLong(length)
        let status = out.withUnsafeMutableBufferPointer { buffer in
            uncompress(buffer.baseAddress, &count, bytes.baseAddress.map { $0.assumingMemoryBound(to: Bytef.self) + headerCount }, uLong(bytes.count - headerCount))
        }
        guard status == Z_OK, count == uLong(length) else { return nil }
        return out
    }

    /// The text `data` holds, or nil when it is not compressed UTF-8 text.
    static func text(_ data: Data) -> String? {
        data.withUnsafeBytes { inflate($0) }.flatMap { String(validating: $0, as: UTF8.self) }
    }
}
