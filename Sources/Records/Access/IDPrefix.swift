import GRDB

extension RecordStore {
    /// The record whose text id is `id`, or whose id starts with it (at least 6 characters, and
    /// only one such record); nil when there is none.
    static func fetch<Record: FetchableRecord & TableRecord>(_ type: Record.Type, idOrPrefix id: String, in db: Database) throws -> Record? {
        let key = id.trimmingCharacters(in: .whitespaces).lowercased()
        if let exact = try Record.fetchOne(db, key: key) { return exact }
        guard key.count >= 6 else { throw RecordError.prefixTooShort(id) }
        // Only id characters reach LIKE, so `%` and `_` in the input cannot act as wildcards.
        guard key.allSatisfy({ $0.isHexDigit || $0 == "-" }) else { return nil }
        let matches = try Record.filter(Column("id").like("\(key)%")).limit(2).fetchAll(db)
        guard matches.count < 2 else { throw RecordError.ambiguousPrefix(id) }
        return matches.first
    }
}
