import Foundation
import GRDB

extension RecordStore {
    /// Attempts and sign-offs matching `query`, newest first.
    ///
    /// The filters, the order and the limit all run in SQLite and rows are read column by column,
    /// so listing the latest few of 100,000 attempts reads only those few.
    public func listing(_ query: RecordQuery) throws -> [RecordListing] {
        try writer.read { db in
            // The trainee is found as every lookup by name finds a person, spelling variants included.
            let traineeID = try query.trainee.map { try Self.existingPerson(named: $0, in: db)?.id ?? -1 }
            let (sql, arguments) = Self.listingSQL(query, traineeID: traineeID)
            var listings: [RecordListing] = []
            try StoredColumns.forEachRow(db, sql: sql, arguments: arguments) { row in
                guard let kind = row.text(0).flatMap(RecordListing.Kind.init(rawValue:)) else { return }
                listings.append(RecordListing(
                    kind: kind, id: row.text(1) ?? "?", trainee: row.text(2) ?? "?", subject: row.text(3) ?? "?",
                    status: row.text(4) ?? "?", at: row.text(5).flatMap(StoredTime.date(from:)) ?? .distantPast,
                    percent: row.double(6), void: row.int64(7) == 1))
            }
            return listings
        }
    }

    private static func listingSQL(_ query: RecordQuery, traineeID: Int64?) -> (String, StatementArguments) {
        var attempts = ["1"], signOffs = ["1"]
        var attemptArguments: [(any DatabaseValueConvertible)?] = [], signOffArguments: [(any DatabaseValueConvertible)?] = []
        if let traineeID {
            attempts.append("a.person_id = ?"); attemptArguments.append(traineeID)
            signOffs.append("s.trainee_id = ?"); signOffArguments.append(traineeID)
        }
        if let scenario = query.scenario {
            attempts.append("a.scenario_id = ?"); attemptArguments.append(scenario)
            signOffs.append("0")
        }
        if let pack = query.pack {
            signOffs.append("s.pack_id = ?"); signOffArguments.append(pack)
            attempts.append("0")
        }
        if let since = query.since {
            // Stored times are fixed-width UTC text, so text order is time order.
            attempts.append("a.started_at >= ?"); attemptArguments.append(StoredTime.text(since))
            signOffs.append("s.signed_at >= ?"); signOffArguments.append(StoredTime.text(since))
        }
        if let prefix = query.idPrefix?.trimmingCharacters(in: .whitespaces).lowercased() {
            // Compared as text, not with LIKE, so `%` and `_` in the prefix are only characters.
            attempts.append("substr(a.id, 1, length(?)) = ?"); attemptArguments += [prefix, prefix]
            signOffs.append("substr(s.id, 1, length(?)) = ?"); signOffArguments += [prefix, prefix]
        }
        switch query.status {
        case nil: break
        case .inProgress, .completed:
            attempts.append("a.status = ?"); attemptArguments.append(query.status?.rawValue)
            signOffs.append("0")
        case .competent, .notYetCompetent:
            attempts.append("a.outcome = ?"); attemptArguments.append(query.status?.rawValue)
            signOffs.append("0")
        case .void, .valid:
            let voided = query.status == .void ? "" : "NOT "
            attempts.append("\(voided)EXISTS (SELECT 1 FROM void v WHERE v.target_id = a.id)")
            signOffs.append("\(voided)EXISTS (SELECT 1 FROM void v WHERE v.target_id = s.id)")
        }
        let sql = """
            SELECT 'attempt', a.id, p.name, a.scenario_id,
                   CASE a.status WHEN 'in_progress' THEN 'in_progress' ELSE coalesce(a.outcome, 'completed') END,
                   a.started_at AS at, a.percent, EXISTS (SELECT 1 FROM void v WHERE v.target_id = a.id)
            FROM attempt a LEFT JOIN person p ON p.id = a.person_id
            WHERE \(attempts.joined(separator: " AND "))
            UNION ALL
            SELECT 'signoff', s.id, p.name, s.pack_id, 'signed', s.signed_at AS at, NULL,
                   EXISTS (SELECT 1 FROM void v WHERE v.target_id = s.id)
            FROM signoff s LEFT JOIN person p ON p.id = s.trainee_id
            WHERE \(signOffs.joined(separator: " AND "))
            ORDER BY at DESC, 2
            LIMIT ?
            """
        return (sql, StatementArguments(attemptArguments + signOffArguments + [query.limit ?? -1]))
    }
}
