import Foundation
import GRDB

/// A recorded live decision with the name of who made it, as `decisions list` and `show` read it.
public struct DecisionListing: Sendable, Hashable {
    public var decision: RecordedDecision
    /// Who made it; nil once they are erased.
    public var recorder: String?
}

extension RecordStore {
    /// Every recorded live decision, the most recent first.
    public func decisions() throws -> [DecisionListing] {
        try writer.read { db in
            try RecordedDecision.order(RecordedDecision.CodingKeys.decidedAt.desc, RecordedDecision.CodingKeys.id)
                .fetchAll(db).map { try Self.listing($0, in: db) }
        }
    }

    /// The decision with this id or unique id prefix (at least 6 characters); nil when there is none.
    public func decision(id: String) throws -> DecisionListing? {
        try writer.read { db in
            try Self.fetch(RecordedDecision.self, idOrPrefix: id, in: db).map { try Self.listing($0, in: db) }
        }
    }

    private static func listing(_ decision: RecordedDecision, in db: Database) throws -> DecisionListing {
        let name = try decision.personID.flatMap { try String.fetchOne(db, sql: "SELECT name FROM person WHERE id = ?", arguments: [$0]) }
        return DecisionListing(decision: decision, recorder: name)
    }
}
