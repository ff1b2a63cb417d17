import Foundation
import GRDB

extension RecordStore {
    /// The attempt with this id, or with this unique prefix of at least 6 characters (like git).
    /// Nil when nothing matches; throws `RecordError.ambiguousPrefix` when several do.
    public func attempt(id: String) throws -> Attempt? {
        let key = id.trimmingCharacters(in: .whitespaces).lowercased()
        return try writer.read { db in
            if let exact = try Attempt.fetchOne(db, key: key) { return exact }
            guard key.count >= 6 else { throw RecordError.prefixTooShort(id) }
            // Only id characters reach LIKE, so `%` and `_` in the input cannot act as wildcards.
            guard key.allSatisfy({ $0.isHexDigit || $0 == "-" }) else { return nil }
            let matches = try Attempt.filter(Attempt.CodingKeys.id.like("\(key)%")).limit(2).fetchAll(db)
            guard matches.count < 2 else { throw RecordError.ambiguousPrefix(id) }
            return matches.first
        }
    }

    /// Attempts still in progress, most recently answered first; only that person's if named.
    public func unfinishedAttempts(personName: String?) throws -> [Attempt] {
        try writer.read { db in
            try Self.attempts(of: personName, in: db)
                .filter(Attempt.CodingKeys.status == Attempt.Status.inProgress.rawValue)
                .order(Attempt.CodingKeys.updatedAt.desc, Column.rowID.desc)
                .fetchAll(db)
        }
    }

    /// Attempts matching every filter given, most recently started first.
    public func attempts(personName: String?, scenarioID: String?, status: Attempt.Status?) throws -> [Attempt] {
        try writer.read { db in
            var request = try Self.attempts(of: personName, in: db)
            if let scenarioID {
                request = request.filter(Attempt.CodingKeys.scenarioID == scenarioID)
            }
            if let status {
                request = request.filter(Attempt.CodingKeys.status == status.rawValue)
            }
            return try request.order(Attempt.CodingKeys.startedAt.desc, Column.rowID.desc).fetchAll(db)
        }
    }

    private static func attempts(of personName: String?, in db: Database) throws -> QueryInterfaceRequest<Attempt> {
        guard let personName else { return Attempt.all() }
        // Nobody by that name: a filter that matches nothing.
        let id = try existingPerson(named: personName, in: db)?.id ?? -1
        return Attempt.filter(Attempt.CodingKeys.personID == id)
    }
}
