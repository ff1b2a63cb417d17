import Foundation
import Records
import Testing

/// A killed process never closes its store: no checkpoint, no cleanup, the WAL left as it was.
@Suite struct CrashTests {
    @Test func everyCommittedAnswerSurvivesAStoreThatWasNeverClosed() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("records.sqlite")
        // Retained and never released, so the store is never closed while the test reads.
        let abandoned = Unmanaged.passRetained(try RecordStore(path: path)).takeUnretainedValue()
        let attempt = try abandoned.startAttempt(Samples.newAttempt())
        for step in 1...25 {
            try abandoned.appendAnswer(
                attemptID: attempt.id, nodeID: "n\(step)", kind: .choice, input: "\(step)\n",
                at: Samples.time(Double(step)))
        }

        let reopened = try RecordStore(path: path)

        #expect(try reopened.unfinishedAttempts(personName: "A Trainee").map(\.id) == [attempt.id])
        #expect(try reopened.answers(attemptID: attempt.id).map(\.input) == (1...25).map { "\($0)\n" })
    }

    @Test func theFilesAsLeftOnDiskAreEnoughToResume() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("live", "records.sqlite")
        let store = try RecordStore(path: path)
        let attempt = try store.startAttempt(Samples.newAttempt())
        for step in 1...25 {
            try store.appendAnswer(
                attemptID: attempt.id, nodeID: "n\(step)", kind: .choice, input: "\(step)",
                at: Samples.time(Double(step)))
        }

        // Copy the database and its WAL while the store is still open: the state a SIGKILL or a
        // power cut leaves. The shared-memory index is left behind, as a reboot would; SQLite
        // rebuilds it from the WAL.
        let copy = folder.path("after-crash", "records.sqlite")
        try FileManager.default.createDirectory(
            atPath: folder.path("after-crash"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        try FileManager.default.copyItem(atPath: path + "-wal", toPath: copy + "-wal")

        let recovered = try RecordStore(path: copy)

        let answers = try recovered.answers(attemptID: attempt.id)
        #expect(answers.map(\.seq) == Array(1...25))
        #expect(answers.map(\.input) == (1...25).map(String.init))
        #expect(try recovered.attempt(id: attempt.id)?.updatedAt == Samples.time(25))
        withExtendedLifetime(store) {}
    }
}
