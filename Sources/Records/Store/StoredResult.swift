import Foundation
import GRDB

/// The scorer's marked result as an attempt row holds it: deflated (`CompressedText`) when that
/// saves space, plain text when short or written before results were compressed. Either way it
/// reads back as the JSON text the scorer gave, so a digest over it keeps its meaning.
struct StoredResult: Sendable, Hashable, Codable, DatabaseValueConvertible {
    /// The result's JSON, exactly as given.
    var json: String

    /// Shorter than this, deflating saves too little to be worth the header.
    static let compressFrom = 256

    init(json: String) {
        self.json = json
    }

    var databaseValue: DatabaseValue {
        guard json.utf8.count >= Self.compressFrom, let data = CompressedText.compress(json) else { return json.databaseValue }
        return data.databaseValue
    }

    static func fromDatabaseValue(_ dbValue: DatabaseValue) -> StoredResult? {
        switch dbValue.storage {
        case .string(let text): return StoredResult(json: text)
        case .blob(let data): return CompressedText.text(data).map(StoredResult.init(json:))
        default: return nil
        }
    }

    /// In JSON (a subject access export) the result is its text, as before it was compressed.
    init(from decoder: any Decoder) throws {
        json = try decoder.singleValueContainer().decode(String.self)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(json)
    }
}
