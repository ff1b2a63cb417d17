import Foundation
import GRDB

extension RecordStore {
    /// Everything held about `personName` (subject access).
    public func export(personName: String, at: Date) throws -> SubjectAccessExport {
        let name = try requiredText(personName, field: "a person's name")
        return try writer.read { db in
            guard let person = try Self.existingPerson(named: name, in: db), let id = person.id else {
                throw RecordError.unknownPerson(name)
            }
            let attempts = try Attempt.filter(Attempt.CodingKeys.personID == id).order(Attempt.CodingKeys.startedAt).fetchAll(db)
            let records = try attempts.map { attempt in
                AttemptRecord(
                    attempt: attempt,
                    answers: try RecordedAnswer.filter(RecordedAnswer.CodingKeys.attemptID == attempt.id).order(RecordedAnswer.CodingKeys.seq).fetchAll(db),
                    notes: try Note.filter(Note.CodingKeys.attemptID == attempt.id).fetchAll(db),
                    overrides: try RecordedOverride.filter(RecordedOverride.CodingKeys.attemptID == attempt.id).fetchAll(db),
                    moderations: try Moderation.filter(Moderation.CodingKeys.attemptID == attempt.id).order(Moderation.CodingKeys.id).fetchAll(db),
                    void: try Voiding.filter(Voiding.CodingKeys.targetID == attempt.id).fetchOne(db))
            }
            let signOffsAbout = try SignOff.filter(SignOff.CodingKeys.traineeID == id).fetchAll(db)
            let signOffsMade = try SignOff.filter(SignOff.CodingKeys.supervisorID == id).fetchAll(db)
            let decisions = try RecordedDecision.filter(RecordedDecision.CodingKeys.personID == id).fetchAll(db)
            let keys = try SigningKey.filter(SigningKey.CodingKeys.personID == id).fetchAll(db)
            let notesWritten = try Note.filter(Note.CodingKeys.author == name).fetchAll(db)
            let moderationsMade = try Moderation.filter(Moderation.CodingKeys.moderator == person.name).order(Moderation.CodingKeys.id).fetchAll(db)
            let about = "Subject access export: everything this SafeDrill records store holds about \(name), "
                + "exported \(StoredTime.text(at)). It contains: person (name, role, when registered); "
                + "attempts (\(records.count) attempts, each with its answers, supervision notes, score overrides, moderations and any void); "
                + "signOffsAbout (\(signOffsAbout.count) sign-offs of their competence); "
                + "signOffsMade (\(signOffsMade.count) sign-offs they made as supervisor); "
                + "decisions (\(decisions.count) live decisions they recorded); "
                + "keys (\(keys.count) signing keys registered to them, public halves only); "
                + "notesWritten (\(notesWritten.count) notes they wrote); "
                + "moderationsMade (\(moderationsMade.count) moderations they made of others' free text). Other people appear only as internal ids, "
                + "except the names of supervisors, note authors and moderators on their own attempts."
            return SubjectAccessExport(
                about: about, exportedAt: at, person: person, attempts: records,
                signOffsAbout: signOffsAbout, signOffsMade: signOffsMade, decisions: decisions,
                keys: keys, notesWritten: notesWritten, moderationsMade: moderationsMade)
        }
    }
}
