import Foundation
import Testing

/// Issue 17, item 2: Ralph, a real LRS, as the witness: `sync` sends the newest checkpoint with
/// the statements, and `records verify --lrs` reads every checkpoint back.
@Suite("the LRS as a witness of the records chain")
struct LRSWitnessTests {
    @Test func syncWitnessesTheNewestCheckpointAndVerifyCatchesDeletedRecordsWithIt() throws {
        let lrs = try LearningRecordStore()
        let (_, db, _, _, _) = try CheckpointAttackTests.witnessedStore()
        let checkpoint = try SigningAuthorityTests.sqlite(db, "SELECT id FROM checkpoint")
        let synced = try SafeDrillProcess.run([
            "sync", "--lrs", lrs.endpoint, "--user", lrs.user, "--password-file", lrs.passwordFile, "--batch-size", "1000", "--db", db,
        ])
        #expect(synced.status == 0, "\(synced.stdout)\(synced.stderr)")
        #expect(synced.stdout.contains("Witnessed checkpoint \(checkpoint.prefix(8))"), "\(synced.stdout)")
        let witness = ["--lrs", lrs.endpoint, "--lrs-user", lrs.user, "--lrs-password-file", lrs.passwordFile]
        let held = try SafeDrillProcess.run(["records", "verify", "--db", db] + witness)
        #expect(held.status == 0, "\(held.stdout)\(held.stderr)")
        #expect(held.stdout.contains("1 witnessed checkpoint checked"), "\(held.stdout)")

        // The sign-off and the checkpoint after it deleted: the chain is one short of what the LRS witnessed.
        try ChainForgery.truncate(db: db, keeping: try CheckpointAttackTests.count(db) - 2)
        let truncated = try SafeDrillProcess.run(["records", "verify", "--db", db] + witness)
        #expect(truncated.status == 1, "\(truncated.stdout)")
        #expect(truncated.stdout.contains("checkpoint \(checkpoint): history rewritten — witnessed in LRS statement "), "\(truncated.stdout)")
        #expect(truncated.stdout.contains("its newest records were deleted"), "\(truncated.stdout)")
    }
}
