import Foundation

/// Files of the project and of this test target's fixtures.
enum ProjectFiles {
    /// The project folder: holds Scenarios/ and Scoring/.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var defaultPolicy: String { root.appendingPathComponent("Scoring/thresholds.yaml").path }
    static var defaultGoldenCases: String { root.appendingPathComponent("Scoring/thresholds.tests.yaml").path }

    /// A fixture file's URL, e.g. `fixture("diagnostics/SD002-unknown-key.yaml")`.
    static func fixture(_ name: String) -> URL? {
        Bundle.module.resourceURL?.appendingPathComponent("Fixtures").appendingPathComponent(name)
    }

    /// The names of the fixtures in a folder, sorted.
    static func fixtures(in folder: String) -> [String] {
        guard let url = fixture(folder) else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }
}
