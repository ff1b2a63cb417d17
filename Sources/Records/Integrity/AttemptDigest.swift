import Foundation
import GRDB

/// What the chain commits to for a completed attempt: its answers in order, its result, the
/// scenario, policy and rubric hashes, the mode and times, and the trainee as a salted hash.
///
/// It works on the attempt's stored text (times as `StoredTime` text, enums as their raw values),
/// so `verify` can hash rows straight from SQLite without decoding them into records first.
struct AttemptDigest {
    /// The attempt's columns as the store holds them.
    struct Fields {
        var id: String
        var scenarioID: String
        var scenarioSHA256: String
        var policySHA256: String
        var rubricsSHA256: String
        var mode: String
        var supervisor: String?
        var startedAt: String
        var finishedAt: String?
        var status: String
        var outcome: String?
        /// `String(percent)`, as the scorer's Double prints.
        var percent: String?
        /// SHA-256 of the stored result JSON, hashed where it is read so the text is never copied.
        var resultSHA256: String?
    }

    /// The ordered answers, salted (free-text record answers may hold personal data), fed one at a time.
    struct Answers {
        private var encoding = CanonicalEncoding(kind: "answers")

        init(salt: Data) {
            encoding.field("salt", bytes: salt)
        }

        /// An answer's fields, in the order they are encoded.
        static let fieldNames = ["seq", "node", "answer-kind", "input", "answered-at"]

        mutating func add(seq: String, node: String, kind: String, input: String, answeredAt: String) {
            for (name, value) in zip(Self.fieldNames, [seq, node, kind, input, answeredAt]) {
                encoding.field(name, value)
            }
        }

        /// Adds the answer in the stored row's columns `first` onwards, in `fieldNames` order.
        mutating func add(_ columns: StoredColumns, first: Int32) {
            for (offset, name) in Self.fieldNames.enumerated() {
                columns.withText(first + Int32(offset)) { encoding.field(name, utf8: $0) }
            }
        }

        var sha256: String { encoding.sha256 }
    }

    /// How the supervisor's name enters the chain: salted with the trainee's salt.
    static func supervisorHash(_ name: String, salt: Data) -> String {
        Hex.salted(salt, "supervisor\u{0}" + name)
    }

    /// - Parameter erased: where an erasure replaced the supervisor's name, the hash committed before.
    static func content(of fields: Fields, answers: Answers, traineeIdentity: String, salt: Data, erased: ErasedNames = .none) -> String {
        var encoding = CanonicalEncoding(kind: "attempt")
        encoding.field("id", fields.id)
        encoding.field("trainee", traineeIdentity)
        encoding.field("scenario", fields.scenarioID)
        encoding.field("scenario-sha256", fields.scenarioSHA256)
        encoding.field("policy-sha256", fields.policySHA256)
        encoding.field("rubrics-sha256", fields.rubricsSHA256)
        encoding.field("mode", fields.mode)
        encoding.field("supervisor", erased.hashed(fields.supervisor, at: .attemptSupervisor, of: fields.id) { supervisorHash($0, salt: salt) })
        encoding.field("started-at", fields.startedAt)
        encoding.field("finished-at", fields.finishedAt)
        encoding.field("status", fields.status)
        encoding.field("outcome", fields.outcome)
        encoding.field("percent", fields.percent)
        encoding.field("result-sha256", erased.hashed(fields.resultSHA256, at: .attemptResult, of: fields.id) { $0 })
        encoding.field("answers-sha256", answers.sha256)
        return encoding.sha256
    }

    static func content(of attempt: Attempt, answers: [RecordedAnswer], personName: String, salt: Data) -> String {
        var digest = Answers(salt: salt)
        for answer in answers {
            digest.add(
                seq: String(answer.seq), node: answer.nodeID, kind: answer.kind.rawValue, input: answer.input,
                answeredAt: StoredTime.text(answer.answeredAt))
        }
        let fields = Fields(
            id: attempt.id, scenarioID: attempt.scenarioID, scenarioSHA256: attempt.scenarioSHA256,
            policySHA256: attempt.policySHA256, rubricsSHA256: attempt.rubricsSHA256, mode: attempt.mode.rawValue,
            supervisor: attempt.supervisor, startedAt: StoredTime.text(attempt.startedAt),
            finishedAt: attempt.finishedAt.map(StoredTime.text), status: attempt.status.rawValue,
            outcome: attempt.outcome?.rawValue, percent: attempt.percent.map { String($0) }, resultSHA256: attempt.resultJSON.map { Hex.sha256(Data($0.utf8)) })
        return content(of: fields, answers: digest, traineeIdentity: PersonSalt.identity(name: personName, salt: salt), salt: salt)
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
