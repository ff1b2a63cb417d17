import Foundation
import GRDB

/// Finds an erased person's name in the rest of the store, inside the erasure's transaction: the
/// name columns of other people's records (replaced by the pseudonym, keeping the hash the chain
/// committed to), the columns that link to the person by id (unlinked with the person), and the
/// free text that may mention them (counted, for review).
struct NameSearch {
    let name: String
    let personID: Int64?
    let pseudonym: String
    let db: Database

    /// Names compare as every lookup by name compares them (`Person.comparisonKey`).
    static func key(_ text: String) -> String { Person.comparisonKey(text) }

    private var nameKey: String { Self.key(name) }

    /// Replaces the name in every name column, then in the results that quote it; returns what
    /// was replaced and the places searched.
    func replaceNames() throws -> (replacements: [NameReplacement], places: [Erasure.Place]) {
        var replacements: [NameReplacement] = []
        var spellings: Set<String> = [name]
        let salts = try personSalts()
        for row in try Row.fetchAll(db, sql: "SELECT id, supervisor, status, person_id FROM attempt WHERE supervisor IS NOT NULL") {
            guard let id: String = row["id"], let old: String = row["supervisor"], Self.key(old) == nameKey else { continue }
            let salt = (row["person_id"] as Int64?).flatMap { salts[$0] }
            let chained = (row["status"] as String?) == Attempt.Status.completed.rawValue
            try db.execute(sql: "UPDATE attempt SET supervisor = ? WHERE id = ?", arguments: [pseudonym, id])
            replacements.append(replacement(.attemptSupervisor, id, committed: chained ? salt.map { AttemptDigest.supervisorHash(old, salt: $0) } : nil))
            spellings.insert(old)
        }
        for row in try Row.fetchAll(db, sql: "SELECT n.id, n.author, a.person_id FROM note n LEFT JOIN attempt a ON a.id = n.attempt_id") {
            guard let id: Int64 = row["id"], let old: String = row["author"], Self.key(old) == nameKey else { continue }
            let salt = (row["person_id"] as Int64?).flatMap { salts[$0] }
            try db.execute(sql: "UPDATE note SET author = ? WHERE id = ?", arguments: [pseudonym, id])
            replacements.append(replacement(.noteAuthor, String(id), committed: salt.map { NoteDigest.authorHash(old, salt: $0) }))
        }
        for row in try Row.fetchAll(db, sql: "SELECT m.id, m.moderator, a.person_id FROM moderation m LEFT JOIN attempt a ON a.id = m.attempt_id") {
            guard let id: Int64 = row["id"], let old: String = row["moderator"], Self.key(old) == nameKey else { continue }
            let salt = (row["person_id"] as Int64?).flatMap { salts[$0] }
            try db.execute(sql: "UPDATE moderation SET moderator = ? WHERE id = ?", arguments: [pseudonym, id])
            replacements.append(replacement(.moderationModerator, String(id), committed: salt.map { ModerationDigest.moderatorHash(old, salt: $0) }))
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, author FROM score_override") {
            guard let id: Int64 = row["id"], let old: String = row["author"], Self.key(old) == nameKey else { continue }
            try db.execute(sql: "UPDATE score_override SET author = ? WHERE id = ?", arguments: [pseudonym, id])
            replacements.append(replacement(.overrideAuthor, String(id), committed: nil))
            spellings.insert(old)
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, author, salt FROM void WHERE author IS NOT NULL") {
            guard let id: String = row["id"], let old: String = row["author"], Self.key(old) == nameKey else { continue }
            let salt: Data? = row["salt"]
            try db.execute(sql: "UPDATE void SET author = ? WHERE id = ?", arguments: [pseudonym, id])
            replacements.append(replacement(.voidAuthor, id, committed: salt.map { Voiding.authorHash(old, salt: $0) }))
        }
        replacements += try replaceInResults(spellings)
        let places = NameReplacement.Place.allCases.map { place in
            Erasure.Place(column: place.rawValue, holds: Self.holds(place), action: .replaced, count: replacements.filter { $0.place == place }.count)
        }
        return (replacements, places)
    }

    /// The scorer's results (an attempt's, and each moderation's) quote an override's author as a
    /// JSON string: each whole string that is one of `spellings` becomes the pseudonym. The result
    /// is otherwise opaque here, so it is edited as text, and only where a complete JSON string
    /// equals a spelling.
    private func replaceInResults(_ spellings: Set<String>) throws -> [NameReplacement] {
        let literals = try spellings.flatMap { spelling in
            try [JSONEncoder.OutputFormatting(), .withoutEscapingSlashes].map { formatting in
                let encoder = JSONEncoder()
                encoder.outputFormatting = formatting
                return String(decoding: try encoder.encode(spelling), as: UTF8.self)
            }
        }
        let replacement = String(decoding: try JSONEncoder().encode(pseudonym), as: UTF8.self)
        var replaced: [NameReplacement] = []
        for row in try Row.fetchAll(db, sql: "SELECT id, result_json FROM attempt WHERE result_json IS NOT NULL") {
            guard let id: String = row["id"], let old = (row["result_json"] as StoredResult?)?.json,
                  let new = Self.replacing(literals, with: replacement, in: old) else { continue }
            try db.execute(sql: "UPDATE attempt SET result_json = ? WHERE id = ?", arguments: [StoredResult(json: new), id])
            replaced.append(NameReplacement(
                place: .attemptResult, recordID: id, now: Hex.sha256(Data(new.utf8)), committedSHA256: Hex.sha256(Data(old.utf8))))
        }
        for row in try Row.fetchAll(db, sql: "SELECT CAST(id AS TEXT) AS id, result_json FROM moderation WHERE result_json IS NOT NULL") {
            guard let id: String = row["id"], let old: String = row["result_json"],
                  let new = Self.replacing(literals, with: replacement, in: old) else { continue }
            try db.execute(sql: "UPDATE moderation SET result_json = ? WHERE id = ?", arguments: [new, id])
            replaced.append(NameReplacement(
                place: .moderationResult, recordID: id, now: Hex.sha256(Data(new.utf8)), committedSHA256: Hex.sha256(Data(old.utf8))))
        }
        return replaced
    }

    /// `text` with every literal replaced, or nil when none occurs in it.
    private static func replacing(_ literals: [String], with replacement: String, in text: String) -> String? {
        let new = Set(literals).reduce(text) { text, literal in text.replacingOccurrences(of: literal, with: replacement) }
        return new == text ? nil : new
    }

    /// The columns that link to the person by id, counted before the person goes (their foreign
    /// keys set them to NULL then).
    func links() throws -> [Erasure.Place] {
        let columns = [
            ("signoff.supervisor_id", "the supervisor of a sign-off they made", "SELECT COUNT(*) FROM signoff WHERE supervisor_id = ?"),
            ("decision.person_id", "who recorded a live decision", "SELECT COUNT(*) FROM decision WHERE person_id = ?"),
            ("signing_key.person_id", "whose signing key it is", "SELECT COUNT(*) FROM signing_key WHERE person_id = ?"),
        ]
        return try columns.map { column, holds, sql in
            let count = try personID.map { try Int.fetchOne(db, sql: sql, arguments: [$0]) ?? 0 } ?? 0
            return Erasure.Place(column: column, holds: holds, action: .unlinked, count: count)
        }
    }

    /// Free text that mentions the name (after the person's own records are gone).
    func mentions() throws -> [Erasure.Place] {
        let columns = [
            ("note", "text", "a supervisor's note"), ("score_override", "reason", "the reason for a score override"),
            ("moderation", "reason", "the reason for a moderation"),
            ("void", "reason", "the reason for a void"), ("signoff", "comments", "a sign-off's comments (signed)"),
            ("answer", "input", "a trainee's answer"),
        ]
        return try columns.map { table, column, holds in
            var count = 0
            for text in try String.fetchAll(db, sql: "SELECT \(column) FROM \(table)") where Self.key(text).contains(nameKey) {
                count += 1
            }
            return Erasure.Place(column: "\(table).\(column)", holds: holds, action: .mentioned, count: count)
        }
    }

    private func replacement(_ place: NameReplacement.Place, _ recordID: String, committed: String?) -> NameReplacement {
        NameReplacement(place: place, recordID: recordID, now: pseudonym, committedSHA256: committed)
    }

    private func personSalts() throws -> [Int64: Data] {
        var salts: [Int64: Data] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT person_id, salt FROM person_salt") {
            if let id: Int64 = row["person_id"], let salt: Data = row["salt"] { salts[id] = salt }
        }
        return salts
    }

    private static func holds(_ place: NameReplacement.Place) -> String {
        switch place {
        case .attemptSupervisor: "the supervisor of another trainee's attempt"
        case .noteAuthor: "the author of a supervisor's note"
        case .overrideAuthor: "the author of a score override"
        case .voidAuthor: "who voided a record"
        case .attemptResult: "an attempt's result, naming an override's author"
        case .moderationModerator: "who moderated another trainee's free text"
        case .moderationResult: "a moderated result, naming an override's author"
        }
    }
}
