import Foundation
import GRDB

extension RecordStore {
    /// Begins an attempt: registers the person if new, stores the scenario source if new, and
    /// records the attempt, all in one transaction. A supervisor, when named, must be registered
    /// as supervisor, assessor or lead (`PeopleError.notStaff`), be someone other than the trainee
    /// (`PeopleError.selfSupervision`), and is kept under their registered name.
    public func startAttempt(_ new: NewAttempt) throws -> Attempt {
        try startAttempt(new, id: UUID().uuidString.lowercased())
    }

    /// Takes the id as a parameter so tests can make ids that share a prefix.
    func startAttempt(_ new: NewAttempt, id: String) throws -> Attempt {
        let name = try requiredText(new.personName, field: "a person's name")
        let source = try ScenarioSource(
            checking: new.scenarioSHA256, scenarioID: new.scenarioID, bytes: new.scenarioBytes)
        let supervisor = new.supervisor.flatMap { try? requiredText($0, field: "supervisor") }
        let at = StoredTime.normalised(new.at)
        return try writer.write { db in
            let person = try self.person(named: name, role: new.personRole, at: at, in: db)
            let supervisor = try supervisor.map { try Self.supervisor(named: $0, of: person, in: db).name }
            try source.insert(db, onConflict: .ignore)
            let attempt = Attempt(
                id: id,
                personID: person.id ?? db.lastInsertedRowID,
                scenarioID: new.scenarioID,
                scenarioSHA256: source.sha256,
                policySHA256: new.policySHA256.lowercased(),
                rubricsSHA256: new.rubricsSHA256.lowercased(),
                mode: new.mode,
                supervisor: supervisor,
                startedAt: at, updatedAt: at, finishedAt: nil,
                status: .inProgress, outcome: nil, percent: nil, storedResult: nil)
            try attempt.insert(db)
            try Self.place(attemptID: id, at: try siteID(in: db), in: db)
            return attempt
        }
    }

    /// Completes an attempt with the scorer's outcome, percentage and full result (stored as
    /// given, and what the team report counts from it beside it: `MarkedFigures`). Throws `RecordError.alreadyFinished` the second time: a result is never replaced.
    /// The session's `lease`, if it holds one, is checked as `appendAnswer` does and given back.
    @discardableResult
    public func finish(
        attemptID: String, outcome: Attempt.Outcome, percent: Double, resultJSON: String, at: Date, lease: AttemptLease? = nil
    ) throws -> Attempt {
        let at = StoredTime.normalised(at)
        return try writer.write { db in
            var attempt = try Self.openAttempt(attemptID, in: db)
            try Self.checkLease(lease, attemptID: attemptID, at: StoredTime.normalised(Date()), in: db)
            try db.execute(sql: "DELETE FROM attempt_lease WHERE attempt_id = ?", arguments: [attemptID])
            attempt.status = .completed
            attempt.outcome = outcome
            attempt.percent = percent
            attempt.resultJSON = resultJSON
            attempt.finishedAt = at
            attempt.updatedAt = max(attempt.updatedAt, at)
            try attempt.update(db)
            try MarkedFigures(resultJSON: resultJSON).write(attemptID: attempt.id, in: db)
            // The attempt joins the chain in the transaction that completes it: never one without the other.
            _ = try PersonSalt.salt(for: attempt.personID, in: db)
            if let digest = try AttemptDigest.current(attempt, in: db) {
                try ChainEntry.append(kind: .attempt, recordID: attempt.id, content: digest, in: db)
            }
            return attempt
        }
    }

    /// Records the site an attempt was played at.
    static func place(attemptID: String, at siteID: Int64, in db: Database) throws {
        try db.execute(sql: "UPDATE attempt SET site_id = ? WHERE id = ?", arguments: [siteID, attemptID])
    }

    /// The registered supervisor or assessor `typed` stands for, who is not `trainee`.
    static func supervisor(named typed: String, of trainee: Person, in db: Database) throws -> Person {
        let staff = try lookUpPerson(typed, in: db).person(typed: typed)
        guard staff.id != trainee.id, !staff.isNamed(trainee.name) else { throw PeopleError.selfSupervision(trainee.name) }
        guard staff.role.maySupervise else { throw PeopleError.notStaff(staff.name, role: staff.role) }
        return staff
    }

    /// The attempt with this exact id, if it still takes answers.
    static func openAttempt(_ id: String, in db: Database) throws -> Attempt {
        guard let attempt = try Attempt.fetchOne(db, key: id) else {
            throw RecordError.unknownAttempt(id)
        }
        guard attempt.status == .inProgress else { throw RecordError.alreadyFinished(id) }
        return attempt
    }
}
