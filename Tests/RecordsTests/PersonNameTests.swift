import Crypto
import Foundation
@testable import Records
import Testing

/// Issue 18, item 2: one person under every spelling of their name, so no one signs their own pack.
@Suite("names compare after NFKC, case folding and whitespace collapsing")
struct PersonNameTests {
    @Test(arguments: ["Tom  Trainee", " tom trainee ", "TOM\tTRAINEE", "Ｔｏｍ Trainee", "Tom\u{200B} Trainee", "Tom\u{00A0}Trainee"])
    func variantsOfANameAreOnePerson(_ variant: String) throws {
        #expect(Person.comparisonKey(variant) == Person.comparisonKey("Tom Trainee"))
        let store = try RecordStore.inMemory()
        let tom = try store.person(named: "Tom Trainee", role: .trainee)
        #expect(try store.person(named: variant, role: .supervisor) == tom)
        #expect(try store.people().count == 1)
    }

    @Test func accentsAndDifferentNamesStayApart() {
        #expect(Person.comparisonKey("Zoë Hart") != Person.comparisonKey("Zoe Hart"))
        #expect(Person.comparisonKey("Zoe\u{0308} Hart") == Person.comparisonKey("Zoë Hart"), "decomposed and precomposed are one")
        #expect(Person.comparisonKey("Tom Trainer") != Person.comparisonKey("Tom Trainee"))
    }

    @Test func aTraineeCannotGetAKeyUnderAVariantOfTheirName() throws {
        let store = try RecordStore.inMemory()
        let registration = try Samples.registration(store)
        _ = try store.person(named: "Tom Trainee", role: .trainee)
        #expect(throws: KeyError.roleMismatch(name: "Tom Trainee", role: "trainee")) {
            try store.registerKey(publicKey: Curve25519.Signing.PrivateKey().publicKey.rawRepresentation, ownerName: "tom  TRAINEE", role: .supervisor, endorsedBy: registration, at: Samples.time())
        }
    }

    @Test func aSupervisorWhoPlaysUnderAVariantOfTheirNameCannotSignIt() throws {
        let store = try RecordStore.inMemory()
        let sue = Curve25519.Signing.PrivateKey()
        try store.registerKey(publicKey: sue.publicKey.rawRepresentation, ownerName: "Sue Supervisor", role: .supervisor, endorsedBy: try Samples.registration(store), at: Samples.time())
        try EndorsementTests.evidence(store, trainee: "sue  supervisor")
        #expect(throws: SignOffError.selfSignOff("Sue Supervisor")) {
            try store.signOff(trainee: "SUE SUPERVISOR", pack: EndorsementTests.pack, method: .observation, comments: "", key: sue, at: Samples.time(100))
        }
    }

    /// A store from before names were compared this way may hold "Tom  Trainee" as a second
    /// person beside Tom Trainee: a key held by that second person still cannot sign for Tom.
    @Test func aVariantPersonAlreadyInTheStoreCannotSignForTheOriginal() throws {
        let store = try RecordStore.inMemory()
        let registration = try Samples.registration(store)
        try EndorsementTests.evidence(store, trainee: "Tom Trainee")
        try store.writer.write { db in
            var variant = Person(id: nil, name: "Tom  Trainee", role: .supervisor, createdAt: Samples.time())
            try variant.insert(db)
        }
        let key = Curve25519.Signing.PrivateKey()
        try store.registerKey(publicKey: key.publicKey.rawRepresentation, ownerName: "Tom  Trainee", role: .supervisor, endorsedBy: registration, at: Samples.time(30))
        #expect(throws: SignOffError.selfSignOff("Tom  Trainee")) {
            try store.signOff(trainee: "Tom Trainee", pack: EndorsementTests.pack, method: .observation, comments: "", key: key, at: Samples.time(100))
        }
    }
}
