import Foundation
import GRDB

extension RecordStore {
    /// Voids a completed attempt, decision or sign-off (full id or unique prefix of 6+), with a
    /// reason. The target stays as it was; the void is a new record in the chain.
    @discardableResult
    public func void(recordID: String, reason: String, author: String?, at: Date) throws -> Voiding {
        let reason = try requiredText(reason, field: "a void's reason")
        let author = author.flatMap { try? requiredText($0, field: "author") }
        let at = StoredTime.normalised(at)
        return try writer.write { db in
            let target = try Self.chainedRecord(matching: recordID, in: db)
            guard [.attempt, .decision, .signoff].contains(target.kind) else {
                throw RecordError.cannotVoid(recordID, reason: "only attempts, decisions and sign-offs can be voided")
            }
            if try Voiding.filter(Voiding.CodingKeys.targetID == target.recordID).fetchCount(db) > 0 {
                throw RecordError.cannotVoid(recordID, reason: "it is already void")
            }
            let void = Voiding(
                id: UUID().uuidString.lowercased(), targetID: target.recordID, targetKind: target.kind,
                reason: reason, author: author, salt: PersonSalt.randomSalt(), createdAt: at)
            try void.insert(db)
            try ChainEntry.append(kind: .void, recordID: void.id, content: void.digest, in: db)
            return void
        }
    }

    /// Ids of every voided record.
    public func voidedIDs() throws -> Set<String> {
        try writer.read { db in Set(try String.fetchAll(db, sql: "SELECT target_id FROM void")) }
    }

    /// The void of `recordID`, if it was voided.
    public func void(of recordID: String) throws -> Voiding? {
        try writer.read { db in try Voiding.filter(Voiding.CodingKeys.targetID == recordID).fetchOne(db) }
    }

    /// The chain entry of the record with this id or unique prefix (6+ characters).
    static func chainedRecord(matching id: String, in db: Database) throws -> ChainEntry {
        let key = id.trimmingCharacters(in: .whitespaces).lowercased()
        if let exact = try ChainEntry.filter(ChainEntry.CodingKeys.recordID == key).fetchOne(db) { return exact }
        guard key.count >= 6 else { throw RecordError.prefixTooShort(id) }
        guard key.allSatisfy({ $0.isHexDigit || $0 == "-" }) else { throw RecordError.unknownRecord(id) }
        let matches = try ChainEntry.filter(ChainEntry.CodingKeys.recordID.like("\(key)%")).limit(2).fetchAll(db)
        guard matches.count < 2 else { throw RecordError.ambiguousPrefix(id) }
        guard let match = matches.first else { throw RecordError.unknownRecord(id) }
        return match
    }
}
