import Crypto
import Foundation
import GRDB
@testable import Records
import Testing

/// Issue 18, item 3: a sign-off is signed after its evidence and its key, in chain order, with the
/// refresh date its pack's rule gives; `signOff` never makes another, and `verify` names one.
@Suite("sign-off dates")
struct SignOffDatingTests {
    static let packs = PackCatalogue(packs: [EndorsementTests.pack])

    /// Bea's endorsed key at 2 s, Ann's evidence finished at 20 s.
    static func store(path: String? = nil) throws -> (RecordStore, Curve25519.Signing.PrivateKey) {
        let store = try path.map { try RecordStore(path: $0) } ?? RecordStore.inMemory()
        let bea = Curve25519.Signing.PrivateKey()
        try store.registerKey(publicKey: bea.publicKey.rawRepresentation, ownerName: "Bea Senior", role: .supervisor, endorsedBy: try Samples.registration(store), at: Samples.time(2))
        try EndorsementTests.evidence(store)
        return (store, bea)
    }

    @Test func signOffMakesNoSignOffDatedBeforeItsEvidenceOrItsKey() throws {
        let (store, bea) = try Self.store()
        #expect(throws: SignOffError.self) {
            try store.signOff(trainee: "Ann Trainee", pack: EndorsementTests.pack, method: .observation, comments: "", key: bea, at: Samples.time(15))
        }
        // Evidence from before the key existed: a sign-off dated between the two is refused too.
        let key = Curve25519.Signing.PrivateKey()
        let early = try RecordStore.inMemory()
        try EndorsementTests.evidence(early, at: -100)
        try early.registerKey(publicKey: key.publicKey.rawRepresentation, ownerName: "Bea Senior", role: .supervisor, endorsedBy: try Samples.registration(early), at: Samples.time(2))
        #expect(throws: SignOffError.beforeKey(at: Samples.time(-50), key: SigningKey.short(KeyFingerprint.of(key.publicKey.rawRepresentation)))) {
            try early.signOff(trainee: "Ann Trainee", pack: EndorsementTests.pack, method: .observation, comments: "", key: key, at: Samples.time(-50))
        }
        let signed = try store.signOff(trainee: "Ann Trainee", pack: EndorsementTests.pack, method: .observation, comments: "", key: bea, at: Samples.time(100))
        #expect(signed.refreshDue == RecordStore.monthsBefore(Samples.time(100), -12))
        #expect(try store.verify(packs: Self.packs).isOK)
    }

    /// The attack: signed_at moved before the evidence and refresh_due to 2035, re-signed with a
    /// registered key and re-chained, so that the signature and the chain both hold.
    @Test func aReDatedReSignedSignOffIsNamedAsMisdated() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("records.sqlite")
        let (store, bea) = try Self.store(path: path)
        var signOff = try store.signOff(trainee: "Ann Trainee", pack: EndorsementTests.pack, method: .observation, comments: "", key: bea, at: Samples.time(100))
        signOff.signedAt = Samples.time(5)
        signOff.refreshDue = try Date("2035-01-01T00:00:00Z", strategy: .iso8601)
        signOff.signature = try bea.signature(for: signOff.signedBytes)
        try store.writer.write { db in
            try signOff.update(db)
            let entry = try #require(try ChainEntry.filter(ChainEntry.CodingKeys.kind == "signoff").fetchOne(db))
            let link = ChainEntry.link(prev: entry.prevSHA256, kind: .signoff, recordID: signOff.id, content: signOff.digest)
            try db.execute(sql: "UPDATE chain_entry SET content_sha256 = ?, entry_sha256 = ? WHERE seq = ?", arguments: [signOff.digest, link, entry.seq])
        }
        let problems = try RecordStore(path: path).verify(packs: Self.packs).problems
        #expect(problems.allSatisfy { $0.recordID == signOff.id && $0.finding == .misdated }, "\(problems)")
        let details = problems.map(\.detail)
        #expect(details.contains { $0.contains("before its evidence attempt") }, "\(details)")
        #expect(details.contains { $0.contains("refresh due 2035-01-01T00:00:00.000Z, but pack p gives 12 months after signing") }, "\(details)")
        // Without the packs only the evidence date can be checked.
        #expect(try RecordStore(path: path).verify().problems.count == 1)
        _ = folder
    }
}
