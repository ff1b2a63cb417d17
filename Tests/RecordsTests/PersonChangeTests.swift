import Foundation
@testable import Records
import Testing

/// Renames and merges: chained, people keep their id, and `verify` still passes.
@Suite struct PersonChangeTests {
    @Test(arguments: ["Ann Trainee", "Sue Supervisor"])
    func aRenameKeepsTheIdAndVerifyPasses(person: String) throws {
        let (folder, path, _, _, _) = try IntegrityTests.populated()
        defer { withExtendedLifetime(folder) {} }
        let store = try RecordStore(path: path)
        let before = try #require(try store.people().first { $0.name == person })

        let change = try store.rename(person.lowercased(), to: "Renamed Person", at: Samples.time(300))

        let after = try #require(try store.people().first { $0.name == "Renamed Person" })
        #expect(after.id == before.id && after.role == before.role)
        #expect(change.kind == .rename && change.personID == before.id)
        let report = try store.verify()
        #expect(report.isOK, "\(report.problems)")
        #expect(try store.lookUpPerson("Renamed Person") == .found(after))
    }

    @Test func aRenamedTraineesAttemptsStillShowAnEdit() throws {
        let (folder, path, ids, _, _) = try IntegrityTests.populated()
        defer { withExtendedLifetime(folder) {} }
        try RecordStore(path: path).rename("Ann Trainee", to: "Ann Other", at: Samples.time(300))

        try IntegrityTests.sqlite(path, "UPDATE attempt SET percent = 99 WHERE id = '\(ids[0])'")

        let problems = try IntegrityTests.findings(path)
        #expect(problems.map(\.recordID).contains(ids[0]), "\(problems)")
    }

    @Test func aMergeMovesEverythingAndVerifyPasses() throws {
        let (folder, path, ids, signOff, _) = try IntegrityTests.populated()
        defer { withExtendedLifetime(folder) {} }
        let store = try RecordStore(path: path)
        let ann = try #require(try store.people().first { $0.name == "Ann Trainee" })

        let change = try store.merge("Ann Trainee", into: "Ben Trainee", at: Samples.time(300))

        let ben = try #require(try store.people().first { $0.name == "Ben Trainee" })
        #expect(try store.people().map(\.name) == ["Ben Trainee", "Sue Supervisor"])
        #expect(change.mergedID == ann.id && change.personID == ben.id)
        #expect(Set(try store.attempts(personName: "Ben Trainee", scenarioID: nil, status: nil).map(\.id)) == Set(ids))
        #expect(try store.signOffs(trainee: "Ben Trainee").map(\.id) == [signOff.id])
        let report = try store.verify()
        #expect(report.isOK, "\(report.problems)")
    }

    @Test func aMergeOfDifferentRolesNeedsSayingSo() throws {
        let (folder, path, _, _, _) = try IntegrityTests.populated()
        defer { withExtendedLifetime(folder) {} }
        let store = try RecordStore(path: path)

        #expect(throws: PeopleError.rolesDiffer(from: "Sue Supervisor", fromRole: .supervisor, into: "Ben Trainee", intoRole: .trainee)) {
            try store.merge("Sue Supervisor", into: "Ben Trainee", at: Samples.time(300))
        }
        try store.merge("Sue Supervisor", into: "Ben Trainee", changingRole: true, at: Samples.time(300))
        #expect(try store.verify().isOK)
    }

    @Test func renameAndMergeRefuseWhatWouldMakeTwoOfOneName() throws {
        let (folder, path, _, _, _) = try IntegrityTests.populated()
        defer { withExtendedLifetime(folder) {} }
        let store = try RecordStore(path: path)

        #expect(throws: PeopleError.nameTaken("Ben Trainee")) { try store.rename("Ann Trainee", to: "ben trainee", at: Samples.time(300)) }
        #expect(throws: PeopleError.samePerson("Ann Trainee")) { try store.merge("ann trainee", into: "Ann Trainee", at: Samples.time(300)) }
        // A change of case alone is a rename of the same person.
        try store.rename("Ann Trainee", to: "ANN TRAINEE", at: Samples.time(300))
        #expect(try store.verify().isOK)
    }

    @Test func aRenameThenAMergeThenNewRecordsStillVerify() throws {
        let (folder, path, ids, _, key) = try IntegrityTests.populated()
        defer { withExtendedLifetime(folder) {} }
        let store = try RecordStore(path: path)
        try store.rename("Ann Trainee", to: "Ann Renamed", at: Samples.time(300))
        try store.merge("Ann Renamed", into: "Ben Trainee", at: Samples.time(310))
        try store.addNote(attemptID: ids[0], nodeID: "record", author: "Sue Supervisor", text: "Later note", at: Samples.time(320))
        try store.void(recordID: ids[1], reason: "shared login", author: "Sue Supervisor", at: Samples.time(330))
        _ = key

        let report = try store.verify()
        #expect(report.isOK, "\(report.problems)")
    }

    /// A store from before the register that holds one person under two spellings: opening it
    /// names them as merge candidates, once, and merges nothing.
    @Test func upgradingReportsNamesThatDifferOnlyInCase() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("records.sqlite")
        _ = try RecordStore(path: path).person(named: "Sam Carer", role: .trainee)
        try IntegrityTests.sqlite(path, """
            DROP INDEX person_staff_number; ALTER TABLE person DROP COLUMN staff_number; DROP TABLE person_change;
            DELETE FROM grdb_migrations WHERE identifier = 'v10-people';
            INSERT INTO person (name, role, created_at) VALUES ('sam  carer', 'trainee', '2026-03-01T09:00:00.000Z');
            """)

        let upgraded = try RecordStore(path: path)
        let again = try RecordStore(path: path)

        #expect(upgraded.mergeCandidatesFromUpgrade.map { $0.map(\.name) } == [["Sam Carer", "sam  carer"]])
        #expect(again.mergeCandidatesFromUpgrade.isEmpty)
        #expect(try again.mergeCandidates().map { $0.map(\.name) } == [["Sam Carer", "sam  carer"]])
        #expect(try again.people().count == 2)
    }
}
