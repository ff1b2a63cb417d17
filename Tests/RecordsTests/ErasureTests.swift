import Foundation
import Records
import Testing

/// Erasing a person who also appears in other people's records: as the supervisor of their
/// attempts, the author of notes, overrides and voids.
@Suite("erasure: the name in other people's records")
struct ErasureTests {
    /// `IntegrityTests.populated()` (two trainees' attempts, Sue's key, a sign-off, Sue's notes) with
    /// Sue also as supervisor of a finished and of an unfinished attempt, author of an override and of a void.
    private static func storeWithSue() throws -> (TemporaryFolder, String) {
        let (folder, path, ids, _, _) = try IntegrityTests.populated()
        let store = try RecordStore(path: path)
        var supervised = Samples.newAttempt(by: "Ben Trainee", mode: .supervision, at: Samples.time(400))
        supervised.supervisor = "Sue Supervisor"
        let attempt = try store.startAttempt(supervised)
        try store.appendAnswer(attemptID: attempt.id, nodeID: "record", kind: .record, input: "Texted at 9pm", at: Samples.time(405))
        try store.overrideScore(attemptID: attempt.id, nodeID: "record", percent: 80, reason: "clear", author: "sue  supervisor", at: Samples.time(406))
        // Long enough to be stored deflated, where a dump of the file cannot show the name.
        let feedback = String(repeating: "Clear and factual. ", count: 20)
        let result = #"{"decisions":[{"feedback":["\#(feedback)"],"override":{"author":"sue  supervisor","percent":80,"reason":"clear"}}]}"#
        try store.finish(attemptID: attempt.id, outcome: .competent, percent: 80, resultJSON: result, at: Samples.time(410))
        var unfinished = Samples.newAttempt(by: "Ann Trainee", mode: .supervision, at: Samples.time(420))
        unfinished.supervisor = "Sue Supervisor"
        _ = try store.startAttempt(unfinished)
        try store.void(recordID: ids[1], reason: "played on a shared login", author: "Sue Supervisor", at: Samples.time(430))
        return (folder, path)
    }

    /// Standard output of sqlite3 on `path`.
    private static func sqliteOutput(_ path: String, _ command: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path, command]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func theNameIsReplacedEverywhereAndVerifyStillPasses() throws {
        let (folder, path) = try Self.storeWithSue()
        let store = try RecordStore(path: path)
        try #require(try store.verify().isOK)

        try store.erase(personName: "Sue Supervisor", at: Samples.time(500))

        let dump = try Self.sqliteOutput(path, ".dump")
        #expect(!dump.lowercased().contains("sue"), "the name is still in the store")
        let results = try store.attemptRecords(startedSince: nil).compactMap(\.attempt.resultJSON)
        #expect(results.contains { $0.contains("clear") } && !results.contains { $0.lowercased().contains("sue") }, "the name is still in a stored result")
        let report = try store.verify()
        #expect(report.isOK, "\(report.problems)")
        _ = folder
    }

    @Test func aReplacedNameEditedAfterwardsIsStillFound() throws {
        let (folder, path) = try Self.storeWithSue()
        try RecordStore(path: path).erase(personName: "Sue Supervisor", at: Samples.time(500))

        try IntegrityTests.sqlite(path, "UPDATE note SET author = 'Mallory' WHERE id = (SELECT MIN(id) FROM note)")

        let problems = try IntegrityTests.findings(path)
        #expect(problems.count == 1 && problems.first?.finding == .edited, "\(problems)")
        #expect(problems.first?.recordID.hasPrefix("note-") == true)
        _ = folder
    }
}
