import Foundation
import GRDB

extension RecordStore {
    /// Everything held about `personName` (subject access).
    public func export(personName: String, at: Date) throws -> SubjectAccessExport {
        let name = try requiredText(personName, field: "a person's name")
        return try writer.read { db in
            guard let person = try Person.filter(Person.CodingKeys.name == name).fetchOne(db), let id = person.id else {
                throw RecordError.unknownPerson(name)
            }
            let attempts = try Attempt.filter(Attempt.CodingKeys.personID == id).order(Attempt.CodingKeys.startedAt).fetchAll(db)
            let records = try attempts.map { attempt in
                SubjectAccessExport.AttemptRecord(
                    attempt: attempt,
                    answers: try RecordedAnswer.filter(RecordedAnswer.CodingKeys.attemptID == attempt.id).order(RecordedAnswer.CodingKeys.seq).fetchAll(db),
                    notes: try Note.filter(Note.CodingKeys.attemptID == attempt.id).fetchAll(db),
                    overrides: try RecordedOverride.filter(RecordedOverride.CodingKeys.attemptID == attempt.id).fetchAll(db),
                    void: try Voiding.filter(Voiding.CodingKeys.targetID == attempt.id).fetchOne(db))
            }
            return SubjectAccessExport(
                exportedAt: at, person: person, attempts: records,
                signOffsAbout: try SignOff.filter(SignOff.CodingKeys.traineeID == id).fetchAll(db),
                signOffsMade: try SignOff.filter(SignOff.CodingKeys.supervisorID == id).fetchAll(db),
                decisions: try RecordedDecision.filter(RecordedDecision.CodingKeys.personID == id).fetchAll(db),
                keys: try SigningKey.filter(SigningKey.CodingKeys.personID == id).fetchAll(db),
                notesWritten: try Note.filter(Note.CodingKeys.author == name).fetchAll(db))
        }
    }
}
