import Foundation
import Testing

/// Issue 17, item 2: `sync` sends the newest checkpoint to Ralph, a real LRS, as a statement.
/// Ralph's file-system backend takes one write per test, so the store here has keys but no
/// attempts: the checkpoint is all `sync` sends.
@Suite("the LRS as a witness of the records chain")
struct LRSWitnessTests {
    @Test func syncSendsTheNewestCheckpointAndRalphAcceptsIt() throws {
        let lrs = try LearningRecordStore()
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        let (bea, made) = try StaffKeys.make("Bea Senior", file: "bea.key", db: db, folder: folder)
        #expect(made.status == 0, "\(made.stderr)")
        let pass = try StaffKeys.passphraseFile(in: folder)
        #expect(try SafeDrillProcess.run(["records", "checkpoint", "--key", bea, "--passphrase-file", pass, "--db", db]).status == 0)
        let checkpoint = try SigningAuthorityTests.sqlite(db, "SELECT id FROM checkpoint")
        let synced = try SafeDrillProcess.run(["sync", "--lrs", lrs.endpoint, "--user", lrs.user, "--password-file", lrs.passwordFile, "--db", db])
        #expect(synced.status == 0, "\(synced.stdout)\(synced.stderr)")
        #expect(synced.stdout.contains("Witnessed checkpoint \(checkpoint.prefix(8)) (3 records) in the LRS."), "\(synced.stdout)")
    }
}
