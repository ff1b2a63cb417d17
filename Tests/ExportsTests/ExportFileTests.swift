import Foundation
import Testing

@testable import Exports

@Suite struct ExportFileTests {
    @Test func isCreatedAndKeptReadableByItsOwnerOnly() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("safedrill-export-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        FileManager.default.createFile(atPath: path, contents: Data("an older, longer export".utf8), attributes: [.posixPermissions: 0o644])

        try ExportFile.write(Data("a,b\r\n".utf8), to: path)

        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(FileManager.default.contents(atPath: path) == Data("a,b\r\n".utf8))
    }

    @Test func aFolderThatDoesNotExistIsAClearError() {
        #expect(throws: ExportError.cannotWrite(path: "/nonexistent-folder/x.csv", reason: "no such file or directory")) {
            try ExportFile.write(Data(), to: "/nonexistent-folder/x.csv")
        }
    }
}
