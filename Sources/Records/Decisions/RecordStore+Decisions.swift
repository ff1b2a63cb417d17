import Foundation
import GRDB

extension RecordStore {
    /// Stores a live decision and chains it, in one transaction. `recorder` is registered as a
    /// manager if new.
    @discardableResult
    public func recordDecision(
        recorder: String, policySHA256: String, factsJSON: String, reportJSON: String, at: Date
    ) throws -> RecordedDecision {
        let name = try requiredText(recorder, field: "the name of who made the decision")
        let at = StoredTime.normalised(at)
        return try writer.write { db in
            let person = try self.person(named: name, role: .manager, at: at, in: db)
            let personID = person.id ?? db.lastInsertedRowID
            let salt = try PersonSalt.salt(for: personID, in: db)
            let decision = RecordedDecision(
                id: UUID().uuidString.lowercased(), personID: personID,
                recorderSHA256: PersonSalt.identity(name: name, salt: salt), salt: PersonSalt.randomSalt(),
                decidedAt: at, policySHA256: policySHA256.lowercased(), factsJSON: factsJSON, reportJSON: reportJSON)
            try decision.insert(db)
            try ChainEntry.append(kind: .decision, recordID: decision.id, content: decision.digest, in: db)
            return decision
        }
    }
}
