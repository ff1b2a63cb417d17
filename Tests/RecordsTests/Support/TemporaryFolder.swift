import Foundation

/// A fresh folder per test, removed when the test lets go of it, so parallel tests never
/// share a database file by accident.
final class TemporaryFolder: Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("safedrill-records-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ components: String...) -> String {
        components.reduce(url) { $0.appendingPathComponent($1) }.path
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
