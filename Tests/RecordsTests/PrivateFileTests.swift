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

    @Test func aSymbolicLinkIsRefusedAndItsTargetLeftAlone() throws {
        let folder = try TemporaryFolder()
        let target = folder.path("precious.txt")
        #expect(FileManager.default.createFile(atPath: target, contents: Data("precious".utf8)))
        let link = folder.path("export.csv")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)

        #expect(throws: RecordError.self) { try PrivateFile.write(Data("a,b\r\n".utf8), to: link) }

        #expect(FileManager.default.contents(atPath: target) == Data("precious".utf8))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        withExtendedLifetime(folder) {}
    }

    @Test func aFolderInTheWayIsRefused() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("out")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        #expect(throws: RecordError.cannotWrite(path: path, reason: "it is not a regular file")) { try PrivateFile.write(Data(), to: path) }
        withExtendedLifetime(folder) {}
    }

    @Test func theFileArrivesWholeWithNothingLeftBeside() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("report.html")
        try PrivateFile.write(Data("<p>first</p>".utf8), to: path)
        try PrivateFile.write(Data("<p>second</p>".utf8), to: path)
        #expect(FileManager.default.contents(atPath: path) == Data("<p>second</p>".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path()) == ["report.html"])
        withExtendedLifetime(folder) {}
    }
}
