import Crypto
import Foundation
import Records
import Testing

/// Issue 17, item 1 and 2: someone who can write the store (`sqlite3`) but holds no supervisor's
/// key. Each test is one attack on the built binary; each must fail `records verify` with exit 1
/// and a message naming it.
@Suite("signed checkpoints and witnesses: rewritten, truncated and rolled-back stores")
struct CheckpointAttackTests {
    /// A store with Bea's key, Tom's evidence, Tom's sign-off and a checkpoint by Bea witnessed in `witness.jsonl`.
    static func witnessedStore() throws -> (folder: URL, db: String, bea: String, pass: String, witness: String) {
        let (folder, db, bea) = try SigningAuthorityTests.store()
        let pass = try StaffKeys.passphraseFile(in: folder)
        let signed = try SigningAuthorityTests.signOff("Tom Trainee", key: bea, passphraseFile: pass, db: db)
        #expect(signed.status == 0, "\(signed.stderr)")
        let witness = folder.appendingPathComponent("witness.jsonl").path
        try checkpoint(db: db, key: bea, pass: pass, witness: witness)
        return (folder, db, bea, pass, witness)
    }

    @discardableResult
    static func checkpoint(db: String, key: String, pass: String, witness: String) throws -> RunResult {
        let made = try SafeDrillProcess.run(["records", "checkpoint", "--key", key, "--passphrase-file", pass, "--witness", witness, "--db", db])
        #expect(made.status == 0, "\(made.stderr)")
        return made
    }

    static func verify(_ db: String, witness: String? = nil) throws -> RunResult {
        try SafeDrillProcess.run(["records", "verify", "--db", db] + (witness.map { ["--witness", $0] } ?? []))
    }

    static func count(_ db: String) throws -> Int {
        Int(try SigningAuthorityTests.sqlite(db, "SELECT count(*) FROM chain_entry")) ?? -1
    }

    @Test func anUntouchedStoreVerifiesAgainstItsWitnessAndSaysWhatIsNotRuledOut() throws {
        let (_, db, _, _, witness) = try Self.witnessedStore()
        let alone = try Self.verify(db)
        #expect(alone.status == 0, "\(alone.stdout)")
        #expect(alone.stdout.contains("No witness given (--witness FILE or --lrs URL): verify cannot rule out that the newest records were deleted, or that the whole store was replaced by an older copy"), "\(alone.stdout)")
        #expect(alone.stdout.contains("Every record is covered by a signed head."), "the checkpoint covers all but itself, and signs: \(alone.stdout)")
        let witnessed = try Self.verify(db, witness: witness)
        #expect(witnessed.status == 0, "\(witnessed.stdout)")
        #expect(witnessed.stdout.contains("1 witnessed checkpoint checked"), "\(witnessed.stdout)")
        #expect(try String(contentsOfFile: witness, encoding: .utf8).split(separator: "\n").count == 1)
        let mode = try FileManager.default.attributesOfItem(atPath: witness)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    /// An answer edited, then every content hash and link recomputed from the formula using only
    /// what the store holds (salts included): the chain is consistent again, but not what was signed.
    @Test func anEditedAnswerWithTheWholeChainRehashedIsCaught() throws {
        let (_, db, _, _, witness) = try Self.witnessedStore()
        let signOff = try SigningAuthorityTests.sqlite(db, "SELECT id FROM signoff")
        let checkpoint = try SigningAuthorityTests.sqlite(db, "SELECT id FROM checkpoint")
        _ = try SigningAuthorityTests.sqlite(db, """
            UPDATE answer SET input = input || ' (edited)' WHERE rowid = (SELECT min(rowid) FROM answer)
            """)
        try ChainForgery.rehashEverything(db: db)
        let alone = try Self.verify(db)
        #expect(alone.status == 1, "\(alone.stdout)")
        #expect(!alone.stdout.contains(": edited"), "the chain itself is consistent: \(alone.stdout)")
        #expect(alone.stdout.contains("checkpoint \(checkpoint): history rewritten"), "\(alone.stdout)")
        #expect(alone.stdout.contains("signoff \(signOff): history rewritten"), "the sign-off signed the head too: \(alone.stdout)")
        #expect(alone.stdout.contains("records up to it were changed and the chain re-hashed"), "\(alone.stdout)")

        let witnessed = try Self.verify(db, witness: witness)
        #expect(witnessed.status == 1)
        #expect(witnessed.stdout.contains("checkpoint \(checkpoint): history rewritten — witnessed in \(witness) line 1"), "\(witnessed.stdout)")
    }

    /// The newest records deleted with the chain entries naming them: a consistent, shorter store.
    @Test func theNewestRecordsDeletedAreCaughtByTheWitness() throws {
        let (_, db, bea, pass, witness) = try Self.witnessedStore()
        let kept = try Self.count(db)
        try RecordsCommandTests.playToCompetent("scam-link", as: "Tom Trainee", db: db)
        try Self.checkpoint(db: db, key: bea, pass: pass, witness: witness)
        let second = try SigningAuthorityTests.sqlite(db, "SELECT id FROM checkpoint ORDER BY signed_at DESC LIMIT 1")
        try ChainForgery.truncate(db: db, keeping: kept)

        let alone = try Self.verify(db)
        #expect(alone.status == 0, "the store alone cannot tell: \(alone.stdout)")
        #expect(alone.stdout.contains("cannot rule out that the newest records were deleted"), "\(alone.stdout)")
        let witnessed = try Self.verify(db, witness: witness)
        #expect(witnessed.status == 1, "\(witnessed.stdout)")
        #expect(witnessed.stdout.contains("checkpoint \(second): history rewritten — witnessed in \(witness) line 2"), "line 1 still holds: \(witnessed.stdout)")
        #expect(witnessed.stdout.contains("the chain now has only \(kept) records: its newest records were deleted"), "\(witnessed.stdout)")
    }

    /// The whole store replaced by a copy taken before the witnessed checkpoint.
    @Test func aStoreReplacedByAnOlderCopyIsCaughtByTheWitness() throws {
        let (folder, db, bea) = try SigningAuthorityTests.store()
        let pass = try StaffKeys.passphraseFile(in: folder)
        let older = folder.appendingPathComponent("older.sqlite").path
        _ = try SigningAuthorityTests.sqlite(db, "VACUUM INTO '\(older)'")
        #expect(try SigningAuthorityTests.signOff("Tom Trainee", key: bea, passphraseFile: pass, db: db).status == 0)
        let witness = folder.appendingPathComponent("witness.jsonl").path
        try Self.checkpoint(db: db, key: bea, pass: pass, witness: witness)
        let checkpoint = try SigningAuthorityTests.sqlite(db, "SELECT id FROM checkpoint")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        try FileManager.default.moveItem(atPath: older, toPath: db)

        #expect(try Self.verify(db).status == 0, "the older copy is consistent on its own")
        let witnessed = try Self.verify(db, witness: witness)
        #expect(witnessed.status == 1, "\(witnessed.stdout)")
        #expect(witnessed.stdout.contains("checkpoint \(checkpoint): history rewritten — witnessed in \(witness) line 1"), "\(witnessed.stdout)")
        #expect(witnessed.stdout.contains("or the store was replaced by an older copy"), "\(witnessed.stdout)")
    }

    /// A checkpoint signed with a key the store never registered: refused by the command, and
    /// caught by verify when forged into the witness file or into the store itself.
    @Test func aCheckpointSignedByAnUnregisteredKeyIsCaught() throws {
        let (folder, db, _, pass, witness) = try Self.witnessedStore()
        let rogue = Curve25519.Signing.PrivateKey()
        let rogueFile = folder.appendingPathComponent("rogue.key").path
        try PrivateKeyFile.seal(rogue, name: "Bea Senior", passphrase: "correct horse").write(path: rogueFile)
        let refused = try SafeDrillProcess.run(["records", "checkpoint", "--key", rogueFile, "--passphrase-file", pass, "--db", db])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("is not registered"), "\(refused.stderr)")

        let forged = try ChainForgery.checkpoint(db: db, key: rogue)
        try WitnessFile.append(forged, to: witness)
        let viaWitness = try Self.verify(db, witness: witness)
        #expect(viaWitness.status == 1, "\(viaWitness.stdout)")
        #expect(viaWitness.stdout.contains("checkpoint \(forged.id): bad signature — witnessed in \(witness) line 2"), "\(viaWitness.stdout)")
        #expect(viaWitness.stdout.contains("signed with key \(SigningKey.short(forged.keyFingerprint)), which is not registered in this store"), "\(viaWitness.stdout)")

        try ChainForgery.insert(forged, db: db)
        let inStore = try Self.verify(db)
        #expect(inStore.status == 1, "\(inStore.stdout)")
        #expect(inStore.stdout.contains("checkpoint \(forged.id): bad signature — signed with key"), "\(inStore.stdout)")
    }
}
