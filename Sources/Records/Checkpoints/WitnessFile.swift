import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A witness kept outside the store: one signed checkpoint per line (JSON Lines), only ever
/// appended to. It holds no personal data, only lengths, hashes, fingerprints and signatures.
///
/// Each line is written whole with one `write` on a descriptor opened `O_APPEND`, then flushed:
/// a run killed part way leaves the earlier lines as they were.
public enum WitnessFile {
    /// The `format` of each line this version writes and reads.
    public static let format = "safedrill-checkpoint/1"

    /// One line of the file.
    struct Line: Codable {
        var format: String
        var checkpoint: Checkpoint
    }

    /// Appends `checkpoint` as a new last line, creating the file (0600) when there is none.
    /// - Throws: `RecordError.cannotWrite` naming the path and the reason.
    public static func append(_ checkpoint: Checkpoint, to path: String) throws {
        var data = try encoder.encode(Line(format: format, checkpoint: checkpoint))
        data.append(UInt8(ascii: "\n"))
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw RecordError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == data.count, fsync(descriptor) == 0 else {
            throw RecordError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// Every checkpoint in the file, in the order written, each named by its line.
    /// - Throws: `WitnessError` when the file cannot be read or a line is not a checkpoint.
    public static func read(path: String) throws -> [WitnessedCheckpoint] {
        guard let data = FileManager.default.contents(atPath: path) else { throw WitnessError.unreadable(path) }
        var witnessed: [WitnessedCheckpoint] = []
        for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            let place = "\(path) line \(index + 1)"
            guard let decoded = try? decoder.decode(Line.self, from: Data(line)) else {
                throw WitnessError.malformed(place, "not a safedrill checkpoint")
            }
            guard decoded.format == format else {
                throw WitnessError.malformed(place, "format '\(decoded.format)'; this version reads '\(format)'")
            }
            witnessed.append(WitnessedCheckpoint(checkpoint: decoded.checkpoint, witness: place))
        }
        return witnessed
    }

    /// The checkpoint as one line of JSON, as a witness file or an LRS document holds it.
    public static func encoded(_ checkpoint: Checkpoint) throws -> Data {
        try encoder.encode(Line(format: format, checkpoint: checkpoint))
    }

    /// A checkpoint from `encoded(_:)`'s bytes, or nil when they are not one.
    public static func decoded(_ data: Data) -> Checkpoint? {
        guard let line = try? decoder.decode(Line.self, from: data), line.format == format else { return nil }
        return line.checkpoint
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(StoredTime.text(date))
        }
        return encoder
    }

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = StoredTime.date(from: text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a time: \(text)"))
            }
            return date
        }
        return decoder
    }
}

/// A checkpoint as a witness holds it, with where it was found ("witness.jsonl line 3").
public struct WitnessedCheckpoint: Sendable, Hashable {
    public var checkpoint: Checkpoint
    public var witness: String

    public init(checkpoint: Checkpoint, witness: String) {
        self.checkpoint = checkpoint
        self.witness = witness
    }
}

/// Why a witness could not be read. Messages are lowercase and say what to do.
public enum WitnessError: Error, Sendable, Hashable, CustomStringConvertible {
    case unreadable(String)
    case malformed(String, String)

    public var description: String {
        switch self {
        case .unreadable(let path): "cannot read witness file \(path): check the path"
        case .malformed(let place, let reason): "\(place): \(reason): a witness file holds only lines written by 'safedrill records checkpoint --witness'"
        }
    }
}
