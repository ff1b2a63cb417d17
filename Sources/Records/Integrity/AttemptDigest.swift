import Foundation
import GRDB

/// What the chain commits to for a completed attempt: its answers in order, its result, the
/// scenario, policy and rubric hashes, the mode and times, and the trainee as a salted hash.
enum AttemptDigest {
    static func content(of attempt: Attempt, answers: [RecordedAnswer], personName: String, salt: Data) -> String {
        var encoding = CanonicalEncoding(kind: "attempt")
        encoding.field("id", attempt.id)
        encoding.field("trainee", PersonSalt.identity(name: personName, salt: salt))
        encoding.field("scenario", attempt.scenarioID)
        encoding.field("scenario-sha256", attempt.scenarioSHA256)
        encoding.field("policy-sha256", attempt.policySHA256)
        encoding.field("rubrics-sha256", attempt.rubricsSHA256)
        encoding.field("mode", attempt.mode.rawValue)
        encoding.field("supervisor", attempt.supervisor.map { Hex.salted(salt, "supervisor\u{0}" + $0) })
        encoding.field("started-at", StoredTime.text(attempt.startedAt))
        encoding.field("finished-at", attempt.finishedAt.map(StoredTime.text))
        encoding.field("status", attempt.status.rawValue)
        encoding.field("outcome", attempt.outcome?.rawValue)
        encoding.field("percent", attempt.percent.map { String($0) })
        encoding.field("result-sha256", attempt.resultJSON.map { Hex.sha256(Data($0.utf8)) })
        encoding.field("answers-sha256", answersHash(answers, salt: salt))
        return encoding.sha256
    }

    /// The ordered answers, salted: free-text record answers may hold personal data.
    static func answersHash(_ answers: [RecordedAnswer], salt: Data) -> String {
        var encoding = CanonicalEncoding(kind: "answers")
        encoding.field("salt", bytes: salt)
        for answer in answers {
            encoding.field("seq", String(answer.seq))
            encoding.field("node", answer.nodeID)
            encoding.field("answer-kind", answer.kind.rawValue)
            encoding.field("input", answer.input)
            encoding.field("answered-at", StoredTime.text(answer.answeredAt))
        }
        return encoding.sha256
    }

    /// The digest of the attempt as it is stored now, or nil when its person or salt is gone.
    static func current(_ attempt: Attempt, in db: Database) throws -> String? {
        guard let person = try Person.fetchOne(db, key: attempt.personID),
            let salt = try PersonSalt.existingSalt(for: attempt.personID, in: db)
        else { return nil }
        let answers = try RecordedAnswer.filter(RecordedAnswer.CodingKeys.attemptID == attempt.id)
            .order(RecordedAnswer.CodingKeys.seq).fetchAll(db)
        return content(of: attempt, answers: answers, personName: person.name, salt: salt)
    }
}
