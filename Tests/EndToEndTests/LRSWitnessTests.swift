import Foundation
import Testing

/// Issue 17, item 2: `sync` sends the newest checkpoint to Ralph, a real LRS, as a statement, and
/// `records verify --lrs` reads it back. Ralph's file-system backend takes one write per test, so
/// the store here has keys but no attempts: the checkpoint is all `sync` sends.
@Suite("the LRS as a witness of the records chain")
struct LRSWitnessTests {
    @Test func syncSendsTheNewestCheckpointAndVerifyReadsItBackCatchingARollback() throws {
        let lrs = try LearningRecordStore()
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        let (bea, made) = try StaffKeys.make("Bea Senior", file: "bea.key", db: db, folder: folder)
        #expect(made.status == 0, "\(made.stderr)")
        let older = folder.appendingPathComponent("older.sqlite").path
        try FileManager.default.copyItem(atPath: db, toPath: older)
        #expect(try StaffKeys.make("Cy Senior", file: "cy.key", db: db, folder: folder).run.status == 0)
        let pass = try StaffKeys.passphraseFile(in: folder)
        #expect(try SafeDrillProcess.run(["records", "checkpoint", "--key", bea, "--passphrase-file", pass, "--db", db]).status == 0)
        let checkpoint = try SigningAuthorityTests.sqlite(db, "SELECT id FROM checkpoint")
        let login = ["--user", lrs.user, "--password-file", lrs.passwordFile]
        let synced = try SafeDrillProcess.run(["sync", "--lrs", lrs.endpoint] + login + ["--db", db])
        #expect(synced.status == 0, "\(synced.stdout)\(synced.stderr)")
        #expect(synced.stdout.contains("Witnessed checkpoint \(checkpoint.prefix(8)) (5 records) in the LRS."), "\(synced.stdout)")

        let verified = try SafeDrillProcess.run(["records", "verify", "--lrs", lrs.endpoint] + login + ["--db", db])
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        #expect(verified.stdout.contains("1 witnessed checkpoint checked, the newest covering 5 records"), "\(verified.stdout)")

        // The store replaced by the copy taken before Cy's key: consistent alone, caught by the LRS.
        try FileManager.default.removeItem(atPath: db)
        try FileManager.default.copyItem(atPath: older, toPath: db)
        #expect(try SafeDrillProcess.run(["records", "verify", "--db", db]).status == 0, "the older copy is consistent on its own")
        let rolledBack = try SafeDrillProcess.run(["records", "verify", "--lrs", lrs.endpoint] + login + ["--db", db])
        #expect(rolledBack.status == 1, "\(rolledBack.stdout)\(rolledBack.stderr)")
        #expect(rolledBack.stdout.contains("checkpoint \(checkpoint): history rewritten — witnessed in LRS statement "), "\(rolledBack.stdout)")
    }

    @Test func verifyWithAnLRSButNoUserIsAUsageError() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let refused = try SafeDrillProcess.run(["records", "verify", "--lrs", "http://127.0.0.1:9/xAPI/", "--db", folder.appendingPathComponent("r.sqlite").path])
        #expect(refused.status == 2, "\(refused.stderr)")
        #expect(refused.stderr.contains("--lrs needs --user"), "\(refused.stderr)")
    }
}
