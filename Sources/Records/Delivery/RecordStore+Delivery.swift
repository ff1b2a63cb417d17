import Foundation
import GRDB

extension RecordStore {
    /// The ids of the statements `lrs` has accepted, from earlier runs of `sync`.
    public func deliveredStatementIDs(to lrs: String) throws -> Set<String> {
        try writer.read { db in
            try Set(String.fetchAll(db, StatementDelivery.select(StatementDelivery.CodingKeys.statementID)
                .filter(StatementDelivery.CodingKeys.lrs == lrs)))
        }
    }

    /// Remembers that `lrs` accepted these statements, in one transaction. A statement already
    /// remembered keeps its first delivery time.
    public func recordDeliveries(statementIDs: some Sequence<String>, to lrs: String, at: Date) throws {
        let at = StoredTime.normalised(at)
        try writer.write { db in
            for id in statementIDs {
                try StatementDelivery(statementID: id, lrs: lrs, deliveredAt: at).insert(db, onConflict: .ignore)
            }
        }
    }
}
