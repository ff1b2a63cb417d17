import CZlib
import Foundation

/// GZIP (RFC 1952) through the system's zlib, as the W3C Bitstring Status List compresses its list.
enum Gzip {
    /// Why bytes could not be compressed or expanded.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func compress(_ data: Data) throws -> Data {
        var stream = z_stream()
        guard safedrill_gzip_deflate_init(&stream) == Z_OK else { throw Failure(description: "zlib would not start compressing") }
        defer { deflateEnd(&stream) }
        var input = [UInt8](data)
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 32)
        let status = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = uInt(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = uInt(outBuffer.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw Failure(description: "zlib could not compress the list (status \(status))") }
        return Data(output.prefix(Int(stream.total_out)))
    }

    /// The expanded bytes, refusing to expand past `limit` bytes (a small file can claim gigabytes).
    static func decompress(_ data: Data, limit: Int) throws -> Data {
        var stream = z_stream()
        guard safedrill_gzip_inflate_init(&stream) == Z_OK else { throw Failure(description: "zlib would not start expanding") }
        defer { inflateEnd(&stream) }
        var input = [UInt8](data)
        var result = Data()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var status: Int32 = Z_OK
        try input.withUnsafeMutableBufferPointer { inBuffer in
            stream.next_in = inBuffer.baseAddress
            stream.avail_in = uInt(inBuffer.count)
            while status != Z_STREAM_END {
                status = chunk.withUnsafeMutableBufferPointer { outBuffer in
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = uInt(outBuffer.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                guard status == Z_OK || status == Z_STREAM_END else { throw Failure(description: "not GZIP data (zlib status \(status))") }
                result.append(contentsOf: chunk.prefix(chunk.count - Int(stream.avail_out)))
                guard result.count <= limit else { throw Failure(description: "it expands to more than \(limit) bytes") }
                if status == Z_OK, stream.avail_in == 0, stream.avail_out != 0 { throw Failure(description: "the GZIP data is cut short") }
            }
        }
        return result
    }
}
