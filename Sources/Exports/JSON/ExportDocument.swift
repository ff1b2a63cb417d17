import Foundation

/// The JSON export: everything about every attempt, under a header that says what it is.
///
/// Keys are written sorted, so `contains` (what the file holds, in words) comes first.
public struct ExportDocument: Codable, Sendable, Hashable {
    /// `safedrill-export/1`.
    public var format: String
    /// What the file holds, in words, including that it is personal data.
    public var contains: String
    public var generatedAt: Date
    /// The `--since` filter, when one was given: attempts started at or after it.
    public var since: Date?
    /// The attempts, oldest first.
    public var records: [ExportedAttempt]

    public static let formatName = "safedrill-export/1"

    enum CodingKeys: String, CodingKey {
        case format, contains, since, records
        case generatedAt = "generated_at"
    }

    /// The document for `records`, saying what it holds.
    public init(records: [ExportedAttempt], since: Date?, generatedAt: Date) {
        format = Self.formatName
        let voided = records.filter { $0.void != nil }.count
        let unfinished = records.filter { $0.status == .inProgress }.count
        contains = "Personal data: SafeDrill training records of named staff. \(records.count) attempt\(records.count == 1 ? "" : "s")"
            + (since.map { " started on or after \(ExportTime.text($0))" } ?? "")
            + " (\(unfinished) still in progress, \(voided) void), oldest first, each with the trainee's name, role and "
            + "pseudonymous account, the supervisor's name, the scenario and the SHA-256 of the scenario, policy and "
            + "marking scheme used, mode, times, status, outcome and percent, the full marked result (stage scores, every "
            + "decision with feedback, critical errors, ending), every answer exactly as given (free-text records "
            + "included), supervision notes, score overrides, moderations of free-text marks, and any void with its reason. Keep and share it only as "
            + "your data protection policy allows."
        self.since = since
        self.generatedAt = generatedAt
        self.records = records
    }

    /// Pretty-printed JSON with sorted keys and times as in `ExportTime`.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(ExportTime.text(date))
        }
        return try encoder.encode(self)
    }

    /// Reads an export back.
    public static func decode(_ data: Data) throws -> ExportDocument {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = ExportTime.date(from: text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an ISO 8601 time: \(text)")
            }
            return date
        }
        return try decoder.decode(ExportDocument.self, from: data)
    }
}
