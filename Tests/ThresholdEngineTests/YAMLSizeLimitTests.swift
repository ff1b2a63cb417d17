import Foundation
import Testing
import ThresholdEngine

/// A YAML file over the limit is refused before it is parsed, with SD007 at its start.
@Suite("YAML size limit")
struct YAMLSizeLimitTests {
    @Test func textOverTheLimitIsRefusedBeforeParsing() throws {
        // Not even valid YAML: were it parsed, the error would be SD001.
        let text = "id: [" + String(repeating: "x", count: (5 << 20) - 5)
        let error = try #require(throws: DiagnosticError.self) { try YAMLDocument(text: text, path: "big.yaml") }
        #expect(error.diagnostics.items.map(\.description) == [
            "big.yaml:1:1: error[SD007]: the file is 5 MiB, over the limit of 4 MiB\n  hint: split it, or check that it is the file you meant to give",
        ])
    }

    @Test func aFileIsMeasuredBeforeItIsRead() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("facts-\(UUID().uuidString).yaml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try String(repeating: "# padding\n", count: 120_000).write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(throws: DiagnosticError.self) { try YAMLDocument(contentsOf: path, byteLimit: FactSchema.largestFactsFile) }
        #expect(error.diagnostics.items.first?.code == "SD007")
        #expect(error.diagnostics.items.first?.message == "the file is 1.1 MiB, over the limit of 1 MiB")
    }
}
