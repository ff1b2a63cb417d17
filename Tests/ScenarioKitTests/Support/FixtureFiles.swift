import Foundation

/// Paths to test fixtures and to project files the tests compare against.
enum FixtureFiles {
    /// The project folder, found from this file's place in the tree.
    static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Fixtures/<relative>` in the test bundle.
    static func url(_ relative: String) -> URL? {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.appendingPathComponent(relative)
    }

    /// A fresh private folder for one test.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scenariokit-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
