import Foundation
import GRDB

extension RecordStore {
    /// Keeps the answers of an `assess` interview so far: a new draft when `id` is nil, else the
    /// draft with that id rewritten. `recorder` is registered as a manager if new.
    @discardableResult
    public func saveDecisionDraft(
        id: String?, recorder: String, policySHA256: String, decideAt: Date?, steps: [[DecisionDraft.Answer]], now: Date = Date()
    ) throws -> DecisionDraft {
        let name = try requiredText(recorder, field: "the name of who is making the decision")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let stepsJSON = String(decoding: try encoder.encode(steps), as: UTF8.self)
        let now = StoredTime.normalised(now)
        return try writer.write { db in
            let person = try self.person(named: name, role: .manager, at: now, in: db)
            let personID = person.id ?? db.lastInsertedRowID
            let existing = try id.flatMap { try StoredDecisionDraft.fetchOne(db, key: $0) }
            let row = StoredDecisionDraft(
                id: existing?.id ?? UUID().uuidString.lowercased(), personID: personID, policySHA256: policySHA256.lowercased(),
                decideAt: decideAt.map(StoredTime.normalised), startedAt: existing?.startedAt ?? now, updatedAt: now, stepsJSON: stepsJSON)
            try row.save(db)
            return try Self.draft(row, in: db)
        }
    }

    /// The draft with this id or unique id prefix (at least 6 characters); nil when there is none.
    public func decisionDraft(id: String) throws -> DecisionDraft? {
        try writer.read { db in
            try Self.fetch(StoredDecisionDraft.self, idOrPrefix: id, in: db).map { try Self.draft($0, in: db) }
        }
    }

    /// Every unfinished interview, the most recently answered first; only `recorder`'s when given.
    public func decisionDrafts(recorder: String? = nil) throws -> [DecisionDraft] {
        try writer.read { db in
            var request = StoredDecisionDraft.order(StoredDecisionDraft.CodingKeys.updatedAt.desc)
            if let recorder {
                guard let person = try Self.existingPerson(named: recorder, in: db), let personID = person.id else { return [] }
                request = request.filter(StoredDecisionDraft.CodingKeys.personID == personID)
            }
            return try request.fetchAll(db).map { try Self.draft($0, in: db) }
        }
    }

    /// Removes a draft, once its decision is recorded or it is given up.
    public func discardDecisionDraft(id: String) throws {
        _ = try writer.write { db in try StoredDecisionDraft.deleteOne(db, key: id) }
    }

    private static func draft(_ row: StoredDecisionDraft, in db: Database) throws -> DecisionDraft {
        let name = try String.fetchOne(db, sql: "SELECT name FROM person WHERE id = ?", arguments: [row.personID]) ?? ""
        let steps = try JSONDecoder().decode([[DecisionDraft.Answer]].self, from: Data(row.stepsJSON.utf8))
        return DecisionDraft(
            id: row.id, recorder: name, policySHA256: row.policySHA256, decideAt: row.decideAt,
            startedAt: row.startedAt, updatedAt: row.updatedAt, steps: steps)
    }
}
