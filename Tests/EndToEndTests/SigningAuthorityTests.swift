import Crypto
import Foundation
import Records
import Testing

/// Issue 18, items 1-3: who may register a key, who may sign, and when a sign-off may be dated.
/// Each test is the red team's attack, run on the built binary.
@Suite("signing authority: endorsed keys, one person per name, sign-off dates")
struct SigningAuthorityTests {
    static let pack = "digital-safeguarding-induction"

    /// A store with Bea's endorsed key and `trainee`'s Competent evidence for the induction pack.
    static func store(trainee: String = "Tom Trainee") throws -> (folder: URL, db: String, bea: String) {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        let (bea, made) = try StaffKeys.make("Bea Senior", file: "bea.key", db: db, folder: folder)
        #expect(made.status == 0, "\(made.stderr)")
        for scenario in ["coercive-texting", "scam-link", "staff-boundary-breach"] {
            try RecordsCommandTests.playToCompetent(scenario, as: trainee, db: db)
        }
        try Moderating.confirmCompetentAttempts(of: trainee, as: "Bea Senior", db: db)
        return (folder, db, bea)
    }

    static func signOff(_ trainee: String, key: String, passphraseFile: String, db: String) throws -> RunResult {
        try SafeDrillProcess.run([
            "signoff", "--trainee", trainee, "--pack", pack, "--key", key, "--passphrase-file", passphraseFile,
            "--method", "simulation", "--comments", "ok", "--db", db,
        ])
    }

    static func sqlite(_ db: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [db, sql]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(sql)")
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Item 1: anyone who can reach the store made a second key for Bea and signed with it.
    @Test func aRogueKeyForARealSupervisorIsRefused() throws {
        let (folder, db, _) = try Self.store()
        let evilPass = folder.appendingPathComponent("evil.pass").path
        try "evil\n".write(toFile: evilPass, atomically: true, encoding: .utf8)
        let evil = folder.appendingPathComponent("evil.key").path
        let rogue = try SafeDrillProcess.run(["keys", "new", "--name", "Bea Senior", "--passphrase-file", evilPass, "--out", evil, "--db", db])
        #expect(rogue.status == 2)
        #expect(rogue.stderr.contains("must be endorsed"), "\(rogue.stderr)")
        #expect(!FileManager.default.fileExists(atPath: evil))

        // A manager's key may endorse newcomers, but a second key for Bea is a rotation: hers or the registration key's to sign.
        let (mo, manager) = try StaffKeys.make("Mo Manager", role: "manager", file: "mo.key", db: db, folder: folder)
        #expect(manager.status == 0, "\(manager.stderr)")
        let (_, viaManager) = try StaffKeys.make("Bea Senior", file: "evil2.key", db: db, folder: folder, endorser: mo)
        #expect(viaManager.status == 2)
        #expect(viaManager.stderr.contains("rotation"), "\(viaManager.stderr)")
        // A supervisor's key endorses no one.
        let (_, viaSupervisor) = try StaffKeys.make("Sid Newcomer", file: "sid.key", db: db, folder: folder, endorser: folder.appendingPathComponent("bea.key").path)
        #expect(viaSupervisor.status == 2)
        #expect(viaSupervisor.stderr.contains("only a manager's key or the registration key may endorse"), "\(viaSupervisor.stderr)")

        let keys = try SafeDrillProcess.run(["keys", "list", "--db", db])
        #expect(keys.stdout.components(separatedBy: "Bea Senior").count == 2, "one key for Bea: \(keys.stdout)")
        let verify = try SafeDrillProcess.run(["records", "verify", "--db", db])
        #expect(verify.status == 0, "\(verify.stdout)")
        #expect(!verify.stdout.contains("warning"), "\(verify.stdout)")
    }

    /// Item 1, migration: a store made before endorsements (by c6c8963) holds Bea's real key, a
    /// rogue key for her and a sign-off made with the rogue key.
    @Test func aLegacyStoreNamesItsUnendorsedKeysAndSignsOnlyOnceEndorsed() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let fixture = SafeDrillProcess.projectRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/legacy-store")
        for file in ["records.sqlite", "bea.key", "bea.pass", "evil.key", "evil.pass"] {
            try FileManager.default.copyItem(at: fixture.appendingPathComponent(file), to: folder.appendingPathComponent(file))
        }
        let db = folder.appendingPathComponent("records.sqlite").path
        let bea = folder.appendingPathComponent("bea.key").path, beaPass = folder.appendingPathComponent("bea.pass").path
        let rogueSignOff = try Self.sqlite(db, "SELECT id FROM signoff")

        let before = try SafeDrillProcess.run(["records", "verify", "--db", db])
        #expect(before.status == 1, "\(before.stdout)")
        #expect(before.stdout.contains("signoff \(rogueSignOff): unendorsed key"), "\(before.stdout)")
        #expect(before.stdout.components(separatedBy: "(Bea Senior, supervisor) is legacy, unendorsed").count == 3, "\(before.stdout)")
        #expect(before.stdout.contains("safedrill keys endorse --fingerprint "), "\(before.stdout)")
        #expect(before.stdout.contains("no registration key"), "\(before.stdout)")

        let refused = try Self.signOff("Olly Oldhand", key: bea, passphraseFile: beaPass, db: db)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("is not endorsed"), "\(refused.stderr)")

        // The provider makes its registration key and endorses Bea's real key (the older one).
        let registration = try StaffKeys.registration(db: db, folder: folder)
        let beaFingerprint = try Self.sqlite(db, "SELECT fingerprint FROM signing_key ORDER BY created_at LIMIT 1")
        let endorsed = try SafeDrillProcess.run([
            "keys", "endorse", "--fingerprint", String(beaFingerprint.prefix(12)), "--with", registration,
            "--passphrase-file", StaffKeys.passphraseFile(in: folder), "--db", db,
        ])
        #expect(endorsed.status == 0, "\(endorsed.stderr)")
        // Olly's old assessments were scored under older rubrics, so they cannot be moderated with
        // today's and stand as evidence only once taken again.
        let oldAttempt = try RecordsCommandTests.latestAttempt(of: "Olly Oldhand", scenario: "scam-link", db: db)
        let oldModeration = try SafeDrillProcess.run(["records", "moderate", oldAttempt, "--as", "Bea Senior", "--confirm-all", "--reason", "r", "--db", db])
        #expect(oldModeration.status == 2)
        #expect(oldModeration.stderr.contains("take the assessment again"), "\(oldModeration.stderr)")
        let fresh = try ["coercive-texting", "scam-link", "staff-boundary-breach"].map { scenario in
            try RecordsCommandTests.playToCompetent(scenario, as: "Olly Oldhand", db: db)
        }
        try Moderating.confirmAll(fresh, as: "Bea Senior", db: db)
        let signed = try Self.signOff("Olly Oldhand", key: bea, passphraseFile: beaPass, db: db)
        #expect(signed.status == 0, "\(signed.stderr)")

        // The rogue sign-off is still named until it is voided; the rogue key stays a warning.
        #expect(try SafeDrillProcess.run(["records", "verify", "--db", db]).status == 1)
        let voided = try SafeDrillProcess.run(["records", "void", rogueSignOff, "--reason", "signed with a rogue key", "--db", db])
        #expect(voided.status == 0, "\(voided.stderr)")
        let after = try SafeDrillProcess.run(["records", "verify", "--db", db])
        #expect(after.status == 0, "\(after.stdout)")
        #expect(after.stdout.components(separatedBy: "is legacy, unendorsed").count == 2, "only the rogue key is left unendorsed: \(after.stdout)")
    }

    /// Item 2: a trainee made a key under a variant of their own name, or an invented manager.
    @Test func aTraineeCannotSignTheirOwnPackUnderAVariantOfTheirName() throws {
        let (folder, db, _) = try Self.store()
        let registration = try StaffKeys.registration(db: db, folder: folder)
        for variant in ["Tom  Trainee", "tom trainee", "Ｔｏｍ Trainee", "Tom\u{200B} Trainee"] {
            let (_, made) = try StaffKeys.make(variant, file: "tom.key", db: db, folder: folder, endorser: registration)
            #expect(made.status == 2, "\(variant)")
            #expect(made.stderr.contains("Tom Trainee is registered as a trainee"), "\(variant): \(made.stderr)")
        }
        let pass = try StaffKeys.passphraseFile(in: folder)
        let invented = try SafeDrillProcess.run([
            "keys", "new", "--name", "Totally Real Manager", "--role", "manager", "--out", folder.appendingPathComponent("boss.key").path,
            "--passphrase-file", pass, "--db", db,
        ])
        #expect(invented.status == 2)
        #expect(!(try SafeDrillProcess.run(["keys", "list", "--db", db]).stdout.contains("Totally Real Manager")))

        // A supervisor plays the pack under a variant of her own name: it is still her, and she may not sign it.
        let (sue, made) = try StaffKeys.make("Sue Supervisor", file: "sue.key", db: db, folder: folder)
        #expect(made.status == 0, "\(made.stderr)")
        for scenario in ["coercive-texting", "scam-link", "staff-boundary-breach"] {
            try RecordsCommandTests.playToCompetent(scenario, as: "sue  SUPERVISOR", db: db)
        }
        try Moderating.confirmCompetentAttempts(of: "Sue Supervisor", as: "Bea Senior", db: db)
        let selfSigned = try Self.signOff("Sue  Supervisor", key: sue, passphraseFile: pass, db: db)
        #expect(selfSigned.status == 2)
        #expect(selfSigned.stderr.contains("cannot sign off their own competence"), "\(selfSigned.stderr)")
        #expect(try Self.sqlite(db, "SELECT count(*) FROM person") == "3", "Bea, Tom and Sue: no one twice")
    }

    /// Item 3: a sign-off re-dated before its evidence with a refresh date in 2035, re-signed
    /// with a registered key and re-chained, so that signature and chain both hold.
    @Test func aSignOffDatedBeforeItsEvidenceFailsVerifyEvenWhenReSigned() throws {
        let (folder, db, bea) = try Self.store()
        let pass = try StaffKeys.passphraseFile(in: folder)
        let signed = try Self.signOff("Tom Trainee", key: bea, passphraseFile: pass, db: db)
        #expect(signed.status == 0, "\(signed.stderr)")
        #expect(try SafeDrillProcess.run(["records", "verify", "--db", db]).status == 0)

        var signOff = try #require(try RecordStore(path: db).signOffs().first)
        // A whole second, so that the text written below is exactly the time signed.
        signOff.signedAt = Date(timeIntervalSince1970: (signOff.signedAt.timeIntervalSince1970 - 86_400).rounded(.down))
        signOff.refreshDue = try Date("2035-01-01T00:00:00Z", strategy: .iso8601)
        let key = try PrivateKeyFile.read(path: bea).open(passphrase: "correct horse")
        signOff.signature = try key.signature(for: signOff.signedBytes)
        var record = CanonicalEncoding(kind: "signoff-record")
        record.field("signed", bytes: signOff.signedBytes)
        record.field("signature", bytes: signOff.signature)
        let prev = try Self.sqlite(db, "SELECT prev_sha256 FROM chain_entry WHERE kind = 'signoff'")
        var link = CanonicalEncoding(kind: "chain")
        link.field("prev", prev)
        link.field("record-kind", "signoff")
        link.field("record", signOff.id)
        link.field("content", record.sha256)
        let time = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        let hex = signOff.signature.map { String(format: "%02x", $0) }.joined()
        _ = try Self.sqlite(db, """
            UPDATE signoff SET signed_at = '\(signOff.signedAt.formatted(time))', refresh_due = '\(signOff.refreshDue.formatted(time))', signature = X'\(hex)';
            UPDATE chain_entry SET content_sha256 = '\(record.sha256)', entry_sha256 = '\(link.sha256)' WHERE kind = 'signoff';
            """)

        let verify = try SafeDrillProcess.run(["records", "verify", "--db", db])
        #expect(verify.status == 1, "\(verify.stdout)")
        #expect(!verify.stdout.contains(": edited") && !verify.stdout.contains("bad signature"), "signature and chain hold: \(verify.stdout)")
        #expect(verify.stdout.contains("signoff \(signOff.id): misdated"), "\(verify.stdout)")
        #expect(verify.stdout.contains("before its evidence attempt"), "\(verify.stdout)")
        #expect(verify.stdout.contains("refresh due 2035-01-01T00:00:00.000Z, but pack \(Self.pack) gives 12 months after signing"), "\(verify.stdout)")
    }
}
