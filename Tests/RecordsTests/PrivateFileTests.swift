import Foundation
import Records
import Testing

/// Reports and exports leave the store as files: private from the first byte, whatever was there.
@Suite struct PrivateFileTests {
    @Test(arguments: [0o644, 0o666, 0o600])
    func replacesAnyFileThereWithOneReadableByItsOwnerOnly(_ mode: Int) throws {
        let folder = try TemporaryFolder()
        let path = folder.path("report.html")
        #expect(FileManager.default.createFile(atPath: path, contents: Data("older and longer text".utf8), attributes: [.posixPermissions: mode]))

        try PrivateFile.write(Data("<p>new</p>".utf8), to: path)

        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        #expect(FileManager.default.contents(atPath: path) == Data("<p>new</p>".utf8))
        withExtendedLifetime(folder) {}
    }

    @Test func aNewFileIsCreatedPrivate() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("export.csv")
        try PrivateFile.write(Data("a,b\r\n".utf8), to: path)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        withExtendedLifetime(folder) {}
    }

    @Test func aFolderThatDoesNotExistIsAClearError() {
        #expect(throws: RecordError.cannotWrite(path: "/nonexistent-folder/x.csv", reason: "no such file or directory")) {
            try PrivateFile.write(Data(), to: "/nonexistent-folder/x.csv")
        }
    }
}
