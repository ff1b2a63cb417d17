import Foundation
import Records
import Testing

/// Issue 17, item 3: a sign-off as an Open Badges 3.0 credential the person carries to another
/// employer, who checks it with no records of their own.
@Suite("portable credentials: issue, verify anywhere, void, import")
struct CredentialTests {
    /// A store where Bea signed off Tom, with the credential issued to `folder/tom.jwt`.
    static func issued() throws -> (folder: URL, db: String, credential: String, signOff: String, pass: String) {
        let (folder, db, bea) = try SigningAuthorityTests.store()
        let pass = try StaffKeys.passphraseFile(in: folder)
        #expect(try SigningAuthorityTests.signOff("Tom Trainee", key: bea, passphraseFile: pass, db: db).status == 0)
        let signOff = try SigningAuthorityTests.sqlite(db, "SELECT id FROM signoff")
        let credential = folder.appendingPathComponent("tom.jwt").path
        let made = try SafeDrillProcess.run([
            "credential", "issue", String(signOff.prefix(8)), "--out", credential, "--key", bea, "--passphrase-file", pass,
            "--provider", "Riverside Care", "--db", db,
        ])
        #expect(made.status == 0, "\(made.stderr)")
        return (folder, db, credential, signOff, pass)
    }

    /// `credential verify` run from an empty folder, with no records store anywhere near it.
    static func verify(_ file: String, _ extra: [String] = []) throws -> RunResult {
        let elsewhere = try SafeDrillProcess.temporaryFolder()
        return try SafeDrillProcess.run(
            ["credential", "verify", file] + extra, environment: ["XDG_DATA_HOME": elsewhere.path, "HOME": elsewhere.path], in: elsewhere)
    }

    /// The credential inside the VC-JWT, as JSON.
    static func payload(_ file: String) throws -> [String: Any] {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".")
        let data = try #require(Base64URL.decode(parts[1]))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func aCredentialIssuedHereVerifiesInAFreshFolderAndFollowsTheSchema() throws {
        let (folder, _, credential, signOff, _) = try Self.issued()
        let mode = try FileManager.default.attributesOfItem(atPath: credential)[.posixPermissions] as? Int
        #expect(mode == 0o600, "it names the person")
        let checked = try Self.verify(credential)
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
        #expect(checked.stdout.contains("OK: Digital safeguarding induction (pack digital-safeguarding-induction) for Tom Trainee"), "\(checked.stdout)")
        #expect(checked.stdout.contains("Issued by Bea Senior, key did:key:z6Mk"), "\(checked.stdout)")
        #expect(checked.stdout.contains("for Riverside Care (did:key:z6Mk"), "\(checked.stdout)")
        #expect(checked.stdout.contains("Not checked: whether the provider has voided it"), "\(checked.stdout)")

        let claims = try Self.payload(credential)
        let vc = try #require(claims["vc"] as? [String: Any])
        #expect(vc["id"] as? String == "urn:uuid:" + signOff)
        #expect(claims["iss"] as? String == (vc["issuer"] as? [String: Any])?["id"] as? String)
        let subject = try #require(vc["credentialSubject"] as? [String: Any])
        let identity = try #require((subject["identifier"] as? [[String: Any]])?.first)
        let salt = try #require(identity["salt"] as? String)
        #expect(identity["identityHash"] as? String == OpenBadgeCredential.identityHash(name: "Tom Trainee", salt: salt))

        let document = folder.appendingPathComponent("credential.json").path
        try JSONSerialization.data(withJSONObject: vc, options: [.prettyPrinted, .sortedKeys]).write(to: URL(fileURLWithPath: document))
        let schema = SafeDrillProcess.projectRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/openbadges")
        let python = SafeDrillProcess.projectRoot.appendingPathComponent(".build/schema-venv/bin/python")
        try #require(FileManager.default.isExecutableFile(atPath: python.path), "python-jsonschema is not installed in .build/schema-venv: run `make schema-venv`")
        let validated = try SafeDrillProcess.run(
            [schema.appendingPathComponent("validate.py").path, schema.appendingPathComponent("achievementcredential.schema.json").path, document],
            program: python)
        #expect(validated.status == 0, "\(validated.stdout)\(validated.stderr)")
    }

    @Test func aCredentialWithOneByteChangedFails() throws {
        let (_, _, credential, _, _) = try Self.issued()
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: credential)))
        // A byte in the middle of the payload: still base64url, so only the signature can tell.
        let firstDot = try #require(bytes.firstIndex(of: UInt8(ascii: ".")))
        let middle = firstDot + 40
        bytes[middle] = bytes[middle] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
        try Data(bytes).write(to: URL(fileURLWithPath: credential))
        let checked = try Self.verify(credential)
        #expect(checked.status == 1, "\(checked.stdout)")
        #expect(checked.stdout.contains("bad signature: it does not verify with the issuer key did:key:"), "\(checked.stdout)")
        #expect(checked.stdout.contains("the credential was changed after it was signed"), "\(checked.stdout)")
    }

    @Test func anExpiredCredentialFails() throws {
        let (_, _, credential, _, _) = try Self.issued()
        let refresh = try #require((try Self.payload(credential)["vc"] as? [String: Any])?["validUntil"] as? String)
        let checked = try Self.verify(credential, ["--at", "2099-01-01T00:00:00Z"])
        #expect(checked.status == 1, "\(checked.stdout)")
        #expect(checked.stdout.contains("expired: it was valid until \(refresh), the pack's refresh date"), "\(checked.stdout)")
        #expect(try Self.verify(credential).status == 0, "today it is still valid")
    }

    @Test func aVoidedCredentialFailsWithTheProvidersStatusList() throws {
        let (folder, db, credential, signOff, pass) = try Self.issued()
        let registration = try StaffKeys.registration(db: db, folder: folder)
        let before = folder.appendingPathComponent("status-before.jwt").path
        let published = try SafeDrillProcess.run(["credential", "status", "--out", before, "--key", registration, "--passphrase-file", pass, "--db", db])
        #expect(published.status == 0, "\(published.stderr)")
        let stillGood = try Self.verify(credential, ["--status", before])
        #expect(stillGood.status == 0, "\(stillGood.stdout)")
        #expect(!stillGood.stdout.contains("Not checked"), "\(stillGood.stdout)")

        #expect(try SafeDrillProcess.run(["records", "void", signOff, "--reason", "signed in error", "--db", db]).status == 0)
        let after = folder.appendingPathComponent("status.jwt").path
        #expect(try SafeDrillProcess.run(["credential", "status", "--out", after, "--key", registration, "--passphrase-file", pass, "--db", db]).status == 0)
        let voided = try Self.verify(credential, ["--status", after])
        #expect(voided.status == 1, "\(voided.stdout)")
        #expect(voided.stdout.contains("voided: the provider's status list"), "\(voided.stdout)")
        #expect(voided.stdout.contains("marks it revoked"), "\(voided.stdout)")
        #expect(try Self.verify(credential).status == 0, "without the list, verify cannot know: it says so")
    }

    @Test func aReceivingEmployerImportsAVerifiedCredential() throws {
        let (_, _, credential, _, _) = try Self.issued()
        let employer = try SafeDrillProcess.temporaryFolder().appendingPathComponent("new-employer.sqlite").path
        let imported = try SafeDrillProcess.run(["credential", "import", credential, "--db", employer])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("Recorded digital-safeguarding-induction for Tom Trainee, from Bea Senior, Riverside Care"), "\(imported.stdout)")
        #expect(try SigningAuthorityTests.sqlite(employer, "SELECT count(*) FROM imported_credential") == "1")
        let again = try SafeDrillProcess.run(["credential", "import", credential, "--db", employer])
        #expect(again.status == 2)
        #expect(again.stderr.contains("already recorded"), "\(again.stderr)")
        let verified = try SafeDrillProcess.run(["records", "verify", "--db", employer])
        #expect(verified.status == 0, "\(verified.stdout)")

        _ = try SigningAuthorityTests.sqlite(employer, "UPDATE imported_credential SET valid_until = '2099-01-01T00:00:00.000Z'")
        let edited = try SafeDrillProcess.run(["records", "verify", "--db", employer])
        #expect(edited.status == 1, "\(edited.stdout)")
        #expect(edited.stdout.contains("credential urn:uuid:"), "\(edited.stdout)")
    }
}
