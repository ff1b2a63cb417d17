import Foundation
import GRDB

/// The exact bytes of a scenario file, stored once by hash so old transcripts replay after the
/// file changes.
struct ScenarioSource: Codable, Sendable, Hashable {
    var sha256: String
    var scenarioID: String
    var bytes: Data

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case sha256, bytes
        case scenarioID = "scenario_id"
    }
}

extension ScenarioSource: FetchableRecord, PersistableRecord {
    static let databaseTableName = "scenario_source"
}
