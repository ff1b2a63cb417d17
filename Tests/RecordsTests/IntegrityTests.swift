import Crypto
import Foundation
@testable import Records
import Testing

/// Tampering done the way an insider would: with sqlite3 on the closed file. `verify` must name each record.
@Suite("integrity: tampering with sqlite3")
struct IntegrityTests {
    /// A store with two completed attempts by two trainees and one sign-off, closed, and its path.
    static func populated() throws -> (TemporaryFolder, String, [String], SignOff, Curve25519.Signing.PrivateKey) {
        let folder = try TemporaryFolder()
        let path = folder.path("records.sqlite")
        let store = try RecordStore(path: path)
        var ids: [String] = []
        for (index, person) in ["Ann Trainee", "Ben Trainee"].enumerated() {
            let attempt = try store.startAttempt(Samples.newAttempt(by: person, mode: .assessment, at: Samples.time(Double(index) * 60)))
            try store.appendAnswer(attemptID: attempt.id, nodeID: "start", kind: .choice, input: "2", at: Samples.time(Double(index) * 60 + 5))
            try store.appendAnswer(attemptID: attempt.id, nodeID: "record", kind: .record, input: "Texted at 9pm, she is frightened", at: Samples.time(Double(index) * 60 + 9))
            try store.finish(attemptID: attempt.id, outcome: .competent, percent: 90, resultJSON: "{\"percent\":90}", at: Samples.time(Double(index) * 60 + 20))
            ids.append(attempt.id)
        }
        // Ann's free text is moderated (confirmed), so her attempt can be signed off.
        try store.insertModeration(Moderation(
            id: nil, attemptID: ids[0], nodeID: "record", elementID: "time", decision: .confirmed, met: true, reason: "states the time",
            moderator: "Sue Supervisor", createdAt: Samples.time(90), outcome: .competent, percent: 90, resultJSON: "{\"percent\":90,\"moderated\":true}"))
        let key = Curve25519.Signing.PrivateKey()
        try store.registerKey(publicKey: key.publicKey.rawRepresentation, ownerName: "Sue Supervisor", role: .supervisor, endorsedBy: try Samples.registration(store), at: Samples.time(100))
        let pack = Pack(id: "p", title: "P", scenarios: ["scam-link"], methods: [.observation])
        let signOff = try store.signOff(trainee: "Ann Trainee", pack: pack, method: .observation, comments: "Calm and clear", key: key, at: Samples.time(200))
        // Supervision notes, one on each attempt, written after the debrief: chained too.
        for (index, id) in ids.enumerated() {
            try store.addNote(attemptID: id, nodeID: "record", author: "Sue Supervisor", text: "Talked through the timeline", at: Samples.time(Double(210 + index)))
        }
        return (folder, path, ids, signOff, key)
    }

    static func sqlite(_ path: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path, sql]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    static func findings(_ path: String) throws -> [VerificationReport.Problem] {
        try RecordStore(path: path).verify().problems
    }

    @Test func anUntouchedStoreVerifies() throws {
        let (folder, path, _, _, _) = try Self.populated()
        let report = try RecordStore(path: path).verify()
        #expect(report.isOK, "\(report.problems)")
        // Two attempts, a moderation, the registration key, Sue's key and its endorsement, the sign-off and two notes.
        #expect(report.entries == 9)
        #expect(report.warnings.isEmpty)
        _ = folder
    }

    @Test func aChangedByteInAnAnswerIsNamed() throws {
        let (folder, path, ids, _, _) = try Self.populated()
        try Self.sqlite(path, "UPDATE answer SET input = replace(input, '9pm', '8pm') WHERE attempt_id = '\(ids[1])'")
        let problems = try Self.findings(path)
        #expect(problems.map(\.recordID) == [ids[1]])
        #expect(problems.first?.finding == .edited)
        _ = folder
    }

    /// Values of the wrong type, which SQLite lets sqlite3 store in any column, must be named as
    /// edits: a typed read would stop verify with an error (or trap) instead of finding them.
    @Test(arguments: [
        "UPDATE answer SET input = X'39706d' WHERE attempt_id = '%@'",
        "UPDATE attempt SET person_id = 'Ann Trainee' WHERE id = '%@'",
        "UPDATE attempt SET started_at = 20260301 WHERE id = '%@'",
        "UPDATE answer SET seq = 'first' WHERE seq = 1 AND attempt_id = '%@'",
    ])
    func aValueOfTheWrongTypeIsNamedAsAnEdit(_ sql: String) throws {
        let (folder, path, ids, _, _) = try Self.populated()
        try Self.sqlite(path, sql.replacingOccurrences(of: "%@", with: ids[1]))
        let problems = try Self.findings(path)
        // The attempt's note is named too where the change cut it off from the trainee's salt.
        #expect(problems.map(\.recordID).filter { !$0.hasPrefix("note-") } == [ids[1]])
        #expect(problems.first?.finding == .edited)
        _ = folder
    }

    /// The sign-off rests on Ann's attempt as moderated: each change to it is named on the sign-off
    /// too, not only on the attempt or its moderation, because the signature is what ties the
    /// sign-off to that exact result.
    @Test(arguments: [
        ("UPDATE moderation SET result_json = '{\"percent\":100}' WHERE attempt_id = '%@'", "no longer hashes to what the supervisor signed"),
        ("UPDATE moderation SET outcome = 'not_yet_competent' WHERE attempt_id = '%@'", "no longer a completed Competent attempt"),
        ("UPDATE attempt SET status = 'in_progress', finished_at = NULL, outcome = NULL WHERE id = '%@'", "no longer a completed Competent attempt"),
        ("UPDATE attempt SET person_id = (SELECT id FROM person WHERE name = 'Ben Trainee') WHERE id = '%@'", "belongs to someone else"),
        ("DELETE FROM answer WHERE attempt_id = '%@'; DELETE FROM attempt WHERE id = '%@'", "is gone"),
    ])
    func aChangeToSignedEvidenceIsNamedOnTheSignOff(_ sql: String, _ detail: String) throws {
        let (folder, path, ids, signOff, _) = try Self.populated()
        try Self.sqlite(path, sql.replacingOccurrences(of: "%@", with: ids[0]))
        let problems = try Self.findings(path)
        let onSignOff = problems.filter { $0.recordID == signOff.id }
        #expect(onSignOff.map(\.finding) == [.evidenceChanged], "\(problems)")
        #expect(onSignOff.first?.detail.contains(detail) == true, "\(onSignOff)")
        #expect(problems.contains { $0.recordID == ids[0] || $0.kind == .moderation })
        _ = folder
    }

    /// A supervisor's note is a record of the supervision: editing or deleting one must show.
    @Test(arguments: [
        ("UPDATE note SET text = 'Did not discuss the timeline' WHERE attempt_id = '%@'", VerificationReport.Finding.edited),
        ("UPDATE note SET author = 'Someone Else' WHERE attempt_id = '%@'", .edited),
        ("DELETE FROM note WHERE attempt_id = '%@'", .removed),
    ])
    func anEditedOrDeletedNoteIsNamed(_ sql: String, _ finding: VerificationReport.Finding) throws {
        let (folder, path, ids, _, _) = try Self.populated()
        let noteID = try #require(try RecordStore(path: path).notes(attemptID: ids[1]).first?.id)
        try Self.sqlite(path, sql.replacingOccurrences(of: "%@", with: ids[1]))
        let problems = try Self.findings(path)
        #expect(problems.map(\.recordID) == ["note-\(noteID)"], "\(problems)")
        #expect(problems.map(\.kind) == [.note])
        #expect(problems.first?.finding == finding)
        _ = folder
    }

    /// A store whose notes were written before notes were chained: opening it chains them, so
    /// verify passes rather than calling them added behind safedrill's back.
    @Test func notesWrittenBeforeNotesWereChainedAreChainedWhenTheStoreOpens() throws {
        let (folder, path, _, _, _) = try Self.populated()
        try Self.sqlite(path, "DELETE FROM chain_entry WHERE kind = 'note'; DELETE FROM grdb_migrations WHERE identifier = 'v4-chained-notes'")
        #expect(try Self.findings(path).isEmpty, "reopening ran the migration again")
        let report = try RecordStore(path: path).verify()
        #expect(report.isOK && report.entries == 9)
        _ = folder
    }

    @Test func aDeletedAttemptIsNamed() throws {
        let (folder, path, ids, _, _) = try Self.populated()
        try Self.sqlite(path, "DELETE FROM answer WHERE attempt_id = '\(ids[1])'; DELETE FROM attempt WHERE id = '\(ids[1])'")
        let problems = try Self.findings(path)
        #expect(problems.first.map { [$0.recordID] } == [ids[1]])
        #expect(problems.first?.finding == .removed)
        // Its note, left behind without an attempt, no longer hashes to what was chained.
        #expect(problems.dropFirst().map(\.kind) == [.note])
        _ = folder
    }

    @Test func twoSwappedRecordsAreNamed() throws {
        let (folder, path, ids, _, _) = try Self.populated()
        try Self.sqlite(path, "UPDATE chain_entry SET seq = -1 WHERE seq = 1; UPDATE chain_entry SET seq = 1 WHERE seq = 2; UPDATE chain_entry SET seq = 2 WHERE seq = -1")
        let problems = try Self.findings(path)
        #expect(Set(problems.map(\.recordID)) == Set(ids))
        #expect(problems.allSatisfy { $0.finding == .reordered })
        _ = folder
    }

    @Test func aSignOffReSignedWithAnotherKeyIsNamed() throws {
        let (folder, path, _, signOff, _) = try Self.populated()
        let other = Curve25519.Signing.PrivateKey()
        let forged = try other.signature(for: signOff.signedBytes)
        try Self.sqlite(path, "UPDATE signoff SET signature = X'\(forged.map { String(format: "%02x", $0) }.joined())'")
        let problems = try Self.findings(path)
        #expect(problems.contains { $0.recordID == signOff.id && $0.finding == .badSignature })
        #expect(Set(problems.map(\.recordID)) == [signOff.id])
        _ = folder
    }

    @Test func aMovedRefreshDateIsNamed() throws {
        let (folder, path, _, signOff, _) = try Self.populated()
        try Self.sqlite(path, "UPDATE signoff SET refresh_due = '2030-01-01T00:00:00.000Z'")
        let problems = try Self.findings(path)
        #expect(problems.contains { $0.recordID == signOff.id && $0.finding == .badSignature })
        #expect(problems.contains { $0.recordID == signOff.id && $0.finding == .edited })
        _ = folder
    }

    @Test func erasingOnePersonKeepsVerifyPassingForOthers() throws {
        let (folder, path, ids, _, _) = try Self.populated()
        let store = try RecordStore(path: path)
        let export = try store.export(personName: "Ann Trainee", at: Samples.time(300))
        #expect(export.attempts.count == 1 && export.signOffsAbout.count == 1)
        let disposal = try store.erase(personName: "Ann Trainee", at: Samples.time(300)).disposal
        #expect(disposal.recordIDs.contains(ids[0]))
        #expect(disposal.recordIDs.contains { $0.hasPrefix("note-") }, "the erased attempt's note is logged as disposed")
        #expect(try store.verify().isOK)
        #expect(try store.people().map(\.name).contains("Ann Trainee") == false)
        _ = folder
    }

    @Test func aVoidIsANewChainedRecord() throws {
        let (folder, path, ids, _, _) = try Self.populated()
        let store = try RecordStore(path: path)
        try store.void(recordID: String(ids[0].prefix(8)), reason: "played on a shared login", author: "Sue Supervisor", at: Samples.time(400))
        #expect(try store.voidedIDs() == [ids[0]])
        #expect(try store.verify().isOK)
        #expect(throws: RecordError.self) { try store.void(recordID: ids[0], reason: "again", author: nil, at: Samples.time(401)) }
        _ = folder
    }

    @Test func aSupervisorCannotSignOffThemselves() throws {
        let store = try RecordStore.inMemory()
        let key = Curve25519.Signing.PrivateKey()
        try store.registerKey(publicKey: key.publicKey.rawRepresentation, ownerName: "Sue", role: .supervisor, endorsedBy: try Samples.registration(store), at: Samples.time())
        let attempt = try store.startAttempt(Samples.newAttempt(by: "Sue", mode: .assessment))
        try store.finish(attemptID: attempt.id, outcome: .competent, percent: 90, resultJSON: "{}", at: Samples.time(10))
        let pack = Pack(id: "p", title: "P", scenarios: ["scam-link"], methods: [.simulation])
        #expect(throws: SignOffError.selfSignOff("Sue")) {
            try store.signOff(trainee: "Sue", pack: pack, method: .simulation, comments: "", key: key, at: Samples.time(20))
        }
    }
}
