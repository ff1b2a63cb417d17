import Foundation
import ScenarioKit
import Testing
import ThresholdEngine

/// Scenario files that crashed or hung the loader (issue 16, fuzzing the loaders): each is now a
/// diagnostic at the place to fix.
@Suite("hostile scenario files")
struct HostileScenarioTests {
    func example() throws -> String {
        let url = try #require(FixtureFiles.url("valid/authoring-example.yaml"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    func load(_ text: String) -> LoadedScenario {
        ScenarioLoader(schema: TestPolicy.schema).load(data: Data(text.utf8), path: "Scenarios/authoring-example.yaml")
    }

    /// Yams reads YAML 1.1's base-60 numbers without checking for overflow, so these trapped.
    @Test(arguments: ["1:0:0:0:0:0:0:0:0:0:0:0", "99999999999999999:0", "-1:0:0:0:0:0:0:0:0:0:0:0", "1:30"])
    func baseSixtyMinutesAreNotWholeNumbers(_ minutes: String) throws {
        let loaded = load(try example().replacingOccurrences(of: "minutes: 15", with: "minutes: \(minutes)"))
        #expect(loaded.diagnostics.items.map(\.description) == [
            "Scenarios/authoring-example.yaml:12:10: error[SD004]: 'minutes' in the scenario must be a whole number",
        ])
    }

    @Test func minutesStillRead() throws {
        #expect(load(try example()).scenario?.minutes == 15)
    }

    @Test(arguments: [String(repeating: "[", count: 500), String(repeating: "{a: ", count: 100_000)])
    func nodesNestedTooDeepAreADiagnostic(_ nesting: String) throws {
        let loaded = load(try example().replacingOccurrences(of: "minutes: 15", with: "minutes: \(nesting)"))
        #expect(loaded.scenario == nil)
        #expect(loaded.diagnostics.items.map(\.code) == ["SD009"])
        #expect(loaded.diagnostics.items.first?.location.line == 12)
    }

    /// Aliases of aliases ("billion laughs"): every text in a scenario is checked for control
    /// characters, so the loader walked all billion repeated nodes.
    @Test func aliasesThatMultiplyAreADiagnostic() throws {
        var lines = ["x-laughs:", "  - &a0 [lol]"]
        for level in 1...9 {
            lines.append("  - &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        let loaded = load(try example().replacingOccurrences(of: "minutes: 15", with: "minutes: 15\n" + lines.joined(separator: "\n")))
        #expect(loaded.scenario == nil)
        #expect(loaded.diagnostics.items.map(\.code) == ["SD009"])
    }

    /// Bytes that are not UTF-8, or hold NUL, are refused before parsing or by it, never a crash.
    @Test(arguments: [[0xFF, 0xFE, 0x00], [0x69, 0x64, 0x3A, 0x20, 0xC3], [0x69, 0x64, 0x3A, 0x20, 0x00], [0xED, 0xA0, 0x80]] as [[UInt8]])
    func badBytesAreSyntaxErrors(_ bytes: [UInt8]) {
        let loaded = ScenarioLoader(schema: TestPolicy.schema).load(data: Data(bytes), path: "Scenarios/bad.yaml")
        #expect(loaded.scenario == nil)
        #expect(loaded.diagnostics.items.map(\.code) == ["SD001"])
    }
}
