import Foundation
import Testing

@testable import Records

@Suite struct StoreFileTests {
    private func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let permissions = try #require(attributes[.posixPermissions] as? NSNumber)
        return permissions.intValue & 0o777
    }

    @Test func createsAPrivateFolderAndPrivateFiles() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("deeper", "safedrill", "records.sqlite")
        let store = try RecordStore(path: path)
        let attempt = try store.startAttempt(Samples.newAttempt())
        try store.appendAnswer(attemptID: attempt.id, nodeID: "arrive", kind: .choice, input: "1", at: Samples.time(1))

        #expect(try mode(folder.path("deeper", "safedrill")) == 0o700)
        #expect(try mode(path) == 0o600)
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(try mode(path + "-wal") == 0o600)
        #expect(try mode(path + "-shm") == 0o600)
    }

    @Test func restrictsAnExistingFileButLeavesASharedFolderAlone() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("records.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o644]))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.url.path)

        _ = try RecordStore(path: path)

        #expect(try mode(path) == 0o600)
        #expect(try mode(folder.url.path) == 0o755)
    }

    @Test func reportsAFolderItCannotCreate() throws {
        let folder = try TemporaryFolder()
        let blocker = folder.path("not-a-folder")
        #expect(FileManager.default.createFile(atPath: blocker, contents: Data("x".utf8)))

        #expect(throws: RecordError.self) {
            try RecordStore(path: folder.path("not-a-folder", "records.sqlite"))
        }
    }

    @Test func usesWALForeignKeysAndFullSync() throws {
        let folder = try TemporaryFolder()
        let store = try RecordStore(path: folder.path("records.sqlite"))

        #expect(try store.pragma("journal_mode") == "wal")
        #expect(try store.pragma("foreign_keys") == "1")
        #expect(try store.pragma("synchronous") == "2")
    }

    @Test func defaultPathFollowsXDG() {
        #expect(RecordStore.defaultPath(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/sam"])
            == "/data/safedrill/records.sqlite")
        #expect(RecordStore.defaultPath(environment: ["HOME": "/home/sam"])
            == "/home/sam/.local/share/safedrill/records.sqlite")
        // The XDG specification says a relative path is invalid and must be ignored.
        #expect(RecordStore.defaultPath(environment: ["XDG_DATA_HOME": "data", "HOME": "/home/sam"])
            == "/home/sam/.local/share/safedrill/records.sqlite")
    }
}
