import Crypto
import Foundation
import Records
import Testing

/// Who may supervise, assess and sign off: registered staff, never the trainee themselves, and
/// never twice on the same evidence.
@Suite struct StaffRoleTests {
    private static func supervised(by supervisor: String, trainee: String = "A Trainee") -> NewAttempt {
        var attempt = Samples.newAttempt(by: trainee, mode: .supervision)
        attempt.supervisor = supervisor
        return attempt
    }

    @Test func aSupervisorMustBeRegisteredAsStaff() throws {
        let store = try RecordStore.inMemory()
        #expect(throws: PeopleError.unknown("Bea Senior", suggestions: [])) { try store.startAttempt(Self.supervised(by: "Bea Senior")) }
        _ = try store.person(named: "Kim Worker", role: .trainee)
        #expect(throws: PeopleError.notStaff("Kim Worker", role: .trainee)) { try store.startAttempt(Self.supervised(by: "Kim Worker")) }
    }

    @Test func aSupervisorIsKeptUnderTheirRegisteredName() throws {
        let store = try RecordStore.inMemory()
        try store.addPerson(named: "Bea Senior", role: .assessor, at: Samples.time())
        #expect(try store.startAttempt(Self.supervised(by: "bea senior")).supervisor == "Bea Senior")
    }

    @Test(arguments: ["Bea Senior", "BEA  senior", "bea"])
    func noOneSupervisesThemselves(typed: String) throws {
        let store = try RecordStore.inMemory()
        try store.addPerson(named: "Bea Senior", role: .supervisor, at: Samples.time())
        #expect(throws: PeopleError.selfSupervision("Bea Senior")) { try store.startAttempt(Self.supervised(by: typed, trainee: "Bea Senior")) }
    }

    @Test func aSecondSignOffOnTheSameEvidenceNamesTheFirst() throws {
        let (folder, path, _, first, key) = try IntegrityTests.populated()
        defer { withExtendedLifetime(folder) {} }
        let store = try RecordStore(path: path)
        let pack = Pack(id: "p", title: "P", scenarios: ["scam-link"], methods: [.observation])

        #expect(throws: SignOffError.duplicate(existingID: first.id, trainee: "Ann Trainee", pack: "p")) {
            try store.signOff(trainee: "Ann Trainee", pack: pack, method: .observation, comments: "again", key: key, at: Samples.time(300))
        }
        // Once the first is void, the evidence may be signed off again.
        try store.void(recordID: first.id, reason: "signed in error", author: "Sue Supervisor", at: Samples.time(310))
        let second = try store.signOff(trainee: "Ann Trainee", pack: pack, method: .observation, comments: "again", key: key, at: Samples.time(320))
        #expect(second.id != first.id)
    }

    @Test func aManagerCannotSignOff() throws {
        let store = try RecordStore.inMemory()
        let attempt = try store.startAttempt(Samples.newAttempt(by: "Ann Trainee", mode: .assessment))
        try store.finish(attemptID: attempt.id, outcome: .competent, percent: 90, resultJSON: "{}", at: Samples.time(20))
        let manager = Curve25519.Signing.PrivateKey()
        try store.registerKey(
            publicKey: manager.publicKey.rawRepresentation, ownerName: "Mo Manager", role: .manager,
            endorsedBy: try Samples.registration(store), at: Samples.time(30))
        let pack = Pack(id: "p", title: "P", scenarios: ["scam-link"], methods: [.observation])

        #expect(throws: PeopleError.notStaff("Mo Manager", role: .manager)) {
            try store.signOff(trainee: "Ann Trainee", pack: pack, method: .observation, comments: "ok", key: manager, at: Samples.time(40))
        }
    }
}
