import Crypto
import Foundation
@testable import Records
import Testing

/// Issue 18, item 1: a signing key needs the registration key's or a manager's endorsement; a
/// second key for someone is a rotation; verify checks every endorsement.
@Suite("key endorsement and rotation")
struct EndorsementTests {
    typealias Key = Curve25519.Signing.PrivateKey

    /// A store with its registration key, Mo the manager and Bea the supervisor, both endorsed by it.
    static func staffed() throws -> (store: RecordStore, registration: Key, mo: Key, bea: Key) {
        let store = try RecordStore.inMemory()
        let registration = try Samples.registration(store)
        let mo = Key(), bea = Key()
        try store.registerKey(publicKey: mo.publicKey.rawRepresentation, ownerName: "Mo Manager", role: .manager, endorsedBy: registration, at: Samples.time(1))
        try store.registerKey(publicKey: bea.publicKey.rawRepresentation, ownerName: "Bea Senior", role: .supervisor, endorsedBy: registration, at: Samples.time(2))
        return (store, registration, mo, bea)
    }

    /// Ann's Competent assessment of scam-link, the evidence for `pack`.
    static func evidence(_ store: RecordStore, trainee: String = "Ann Trainee", at seconds: Double = 10) throws {
        let attempt = try store.startAttempt(Samples.newAttempt(by: trainee, mode: .assessment, at: Samples.time(seconds)))
        try store.finish(attemptID: attempt.id, outcome: .competent, percent: 90, resultJSON: "{}", at: Samples.time(seconds + 10))
    }

    static let pack = Pack(id: "p", title: "P", scenarios: ["scam-link"], methods: [.observation], validityMonths: 12)

    static func refusal(_ body: () throws -> Void) -> String? {
        do { try body() } catch let KeyError.endorsementRefused(reason) { return reason } catch { return "\(error)" }
        return nil
    }

    @Test func noKeyIsRegisteredWithoutTheRegistrationKeyOrAManagersKey() throws {
        let empty = try RecordStore.inMemory()
        #expect(throws: KeyError.noRegistrationKey) {
            try empty.registerKey(publicKey: Key().publicKey.rawRepresentation, ownerName: "Bea Senior", role: .supervisor, endorsedBy: Key(), at: Samples.time())
        }
        #expect(try empty.people().isEmpty, "the refused registration left nothing behind")

        let (store, registration, mo, bea) = try Self.staffed()
        #expect(throws: KeyError.registrationKeyExists(fingerprint: KeyFingerprint.of(registration.publicKey.rawRepresentation))) {
            try store.registerProvider(publicKey: Key().publicKey.rawRepresentation, at: Samples.time(3))
        }
        let stranger = Self.refusal {
            try store.registerKey(publicKey: Key().publicKey.rawRepresentation, ownerName: "Eve Evil", role: .manager, endorsedBy: Key(), at: Samples.time(3))
        }
        #expect(stranger?.contains("neither the registration key nor an endorsed key") == true, "\(stranger ?? "accepted")")
        let bySupervisor = Self.refusal {
            try store.registerKey(publicKey: Key().publicKey.rawRepresentation, ownerName: "Sid Newcomer", role: .supervisor, endorsedBy: bea, at: Samples.time(3))
        }
        #expect(bySupervisor?.contains("only a manager's key or the registration key may endorse") == true)
        try store.registerKey(publicKey: Key().publicKey.rawRepresentation, ownerName: "Sid Newcomer", role: .assessor, endorsedBy: mo, at: Samples.time(4))
        #expect(try store.keyStandings().values.allSatisfy(\.maySign))
        #expect(try store.verify().isOK)
    }

    @Test func aSecondKeyForSomeoneIsARotationThatReplacesTheOldKey() throws {
        let (store, _, mo, bea) = try Self.staffed()
        let rogue = Self.refusal {
            try store.registerKey(publicKey: Key().publicKey.rawRepresentation, ownerName: "Bea Senior", role: .supervisor, endorsedBy: mo, at: Samples.time(3))
        }
        #expect(rogue?.contains("rotation") == true, "\(rogue ?? "accepted")")
        let promoted = Self.refusal {
            try store.registerKey(publicKey: Key().publicKey.rawRepresentation, ownerName: "Bea Senior", role: .manager, endorsedBy: bea, at: Samples.time(3))
        }
        #expect(promoted == nil, "an existing person keeps her role: the key is endorsed as a supervisor's")
        try Self.evidence(store)
        let rotated = try #require(try store.keys().last?.key)
        #expect(try store.keyStandings()[KeyFingerprint.of(bea.publicKey.rawRepresentation)] == .replaced(successor: rotated.fingerprint, at: Samples.time(3)))
        #expect(throws: KeyError.replaced(fingerprint: KeyFingerprint.of(bea.publicKey.rawRepresentation), successor: rotated.fingerprint)) {
            try store.signOff(trainee: "Ann Trainee", pack: Self.pack, method: .observation, comments: "", key: bea, at: Samples.time(100))
        }
        #expect(try store.verify().isOK)
    }

    @Test func aLegacyKeyIsNamedByVerifyRefusedBySignOffAndSignsOnceEndorsed() throws {
        let (store, registration, _, _) = try Self.staffed()
        let lee = Key()
        // As `registerKey` did before keys needed endorsing.
        try store.writer.write { db in
            let owner = try store.person(named: "Lee Legacy", role: .supervisor, at: Samples.time(5), in: db)
            _ = try RecordStore.insertKey(publicKey: lee.publicKey.rawRepresentation, owner: owner, at: Samples.time(5), in: db)
        }
        let fingerprint = KeyFingerprint.of(lee.publicKey.rawRepresentation)
        let report = try store.verify()
        #expect(report.isOK, "a legacy key is a warning, not tampering")
        #expect(report.warnings.count == 1)
        #expect(report.warnings.first?.contains("(Lee Legacy, supervisor) is legacy, unendorsed") == true)
        #expect(report.warnings.first?.contains("safedrill keys endorse --fingerprint \(fingerprint)") == true)
        try Self.evidence(store)
        #expect(throws: KeyError.unendorsed(fingerprint: fingerprint, owner: "Lee Legacy")) {
            try store.signOff(trainee: "Ann Trainee", pack: Self.pack, method: .observation, comments: "", key: lee, at: Samples.time(100))
        }
        try store.endorseKey(fingerprint: SigningKey.short(fingerprint), endorsedBy: registration, at: Samples.time(50))
        _ = try store.signOff(trainee: "Ann Trainee", pack: Self.pack, method: .observation, comments: "", key: lee, at: Samples.time(100))
        let after = try store.verify()
        #expect(after.isOK && after.warnings.isEmpty, "\(after)")
    }

    /// An endorsement edited with sqlite3 (its role raised to manager) is named, and so is every
    /// sign-off its key made: the key no longer has an endorsement that holds.
    @Test func anEditedEndorsementIsNamedAndSoAreTheSignOffsOfItsKey() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("records.sqlite")
        let store = try RecordStore(path: path)
        let registration = try Samples.registration(store)
        let bea = Key()
        try store.registerKey(publicKey: bea.publicKey.rawRepresentation, ownerName: "Bea Senior", role: .supervisor, endorsedBy: registration, at: Samples.time(2))
        try Self.evidence(store)
        let signOff = try store.signOff(trainee: "Ann Trainee", pack: Self.pack, method: .observation, comments: "", key: bea, at: Samples.time(100))
        try IntegrityTests.sqlite(path, "UPDATE key_endorsement SET role = 'manager'")
        let problems = try RecordStore(path: path).verify().problems
        let endorsement = problems.filter { $0.kind == .endorsement }
        #expect(endorsement.map(\.finding) == [.edited, .badEndorsement], "\(problems)")
        #expect(endorsement.last?.detail.contains("signature does not verify") == true)
        #expect(problems.contains { $0.recordID == signOff.id && $0.finding == .unendorsedKey })
        _ = folder
    }

    /// `keys init` runs once; a second registration key written in behind its back, even chained,
    /// is named and endorses nothing. Endorsements and registrations cannot be voided either.
    @Test func aSecondRegistrationKeyIsNamedAndCountsForNothing() throws {
        let (store, _, _, _) = try Self.staffed()
        let intruder = Key()
        try store.writer.write { db in
            let extra = RegistrationKey(fingerprint: KeyFingerprint.of(intruder.publicKey.rawRepresentation), publicKey: intruder.publicKey.rawRepresentation, createdAt: Samples.time(9))
            try extra.insert(db)
            try ChainEntry.append(kind: .registration, recordID: extra.fingerprint, content: extra.digest, in: db)
        }
        let problems = try store.verify().problems
        #expect(problems.map(\.kind) == [.registration], "\(problems)")
        #expect(problems.first?.detail.contains("second registration key") == true)
        let refused = Self.refusal {
            try store.registerKey(publicKey: Key().publicKey.rawRepresentation, ownerName: "Eve Evil", role: .manager, endorsedBy: intruder, at: Samples.time(10))
        }
        #expect(refused?.contains("neither the registration key nor an endorsed key") == true, "\(refused ?? "accepted")")
        let endorsement = try #require(try store.writer.read { db in try KeyEndorsement.fetchOne(db) })
        #expect(throws: RecordError.self) { try store.void(recordID: endorsement.id, reason: "no", author: nil, at: Samples.time(11)) }
    }
}
