import Foundation
import Testing

/// `records erase` of a person who also supervised, wrote notes and overrides, and voided a record.
@Suite("records erase, end to end")
struct ErasureCommandTests {
    @Test func theNameLeavesEveryoneElsesRecordsAndVerifyStillPasses() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        // Bea is a supervisor who trains too, so she is a person in the store.
        try SafeDrillProcess.register("Bea Senior", role: "supervisor", db: db)
        try RecordsCommandTests.playToCompetent("lost-work-phone", as: "Bea Senior", db: db)
        let steps = try BundledScenarios.analysis("scam-link").best_path
        let recordIndex = try #require(steps.firstIndex { $0.input.hasSuffix("\n\n") })
        let input = steps.prefix(recordIndex + 1).map(\.input).joined()
            + "note Discussed why the timeline matters\noverride 90 clear but missed one time\n"
            + steps.dropFirst(recordIndex + 1).map(\.input).joined()
        let supervised = try SafeDrillProcess.run(
            ["play", "--new-person", "scam-link", "--as", "Tom Trainee", "--mode", "supervision", "--supervisor", "Bea Senior", "--db", db], input: input)
        try #require(supervised.status == 0, "\(supervised.stderr)")
        let voided = try RecordsCommandTests.playToCompetent("coercive-texting", as: "Tom Trainee", db: db)
        let void = try SafeDrillProcess.run(["records", "void", voided, "--reason", "shared login", "--as", "Bea Senior", "--db", db])
        try #require(void.status == 0, "\(void.stderr)")

        let erased = try SafeDrillProcess.run(["records", "erase", "--trainee", "Bea Senior", "--db", db])

        #expect(erased.status == 0, "\(erased.stderr)")
        for column in ["attempt.supervisor", "note.author", "score_override.author", "void.author"] {
            #expect(erased.stdout.contains("  \(column) (") && erased.stdout.contains("): 1 replaced by the pseudonym"), "\(column): \(erased.stdout)")
        }
        #expect(erased.stdout.contains("  note.text ("), "\(erased.stdout)")
        let dump = try Self.dump(db)
        #expect(!dump.isEmpty)
        #expect(!dump.contains("Bea Senior"), "the name is still in the store")
        let verify = try SafeDrillProcess.run(["records", "verify", "--db", db])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    }

    /// Every row of every table, as sqlite3 writes it out.
    private static func dump(_ db: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [db, ".dump"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
