import Foundation
import Testing

@Suite("safedrill graph")
struct GraphTests {
    /// Where Graphviz's `dot` is, if it is installed (CI installs it; see .ci/run).
    static let dot: String? = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The authoring guide's example: stable, unlike the library scenarios that authors keep improving.
    static let example = ["--scenarios", "Tests/ScenarioKitTests/Fixtures/valid"]

    @Test func dotHasStageClustersShapedEndingsAndRedCriticalChoices() throws {
        let result = try SafeDrillProcess.run(["graph", "authoring-example", "--format", "dot"] + Self.example)
        #expect(result.status == 0, "\(result.stderr)")
        let text = result.stdout
        #expect(text.hasPrefix("digraph \"authoring-example\" {"))
        for stage in ["safety", "evidence", "timeline", "thresholds", "safeguards", "review"] {
            #expect(text.contains("subgraph \"cluster_\(stage)\""))
        }
        #expect(text.contains("shape=doublecircle"))
        #expect(text.contains("shape=octagon"))
        #expect(text.contains("\"ending-poor\" [label=\"ending-poor\\nending: poor\", shape=box"))
        #expect(text.contains("\"tablet-worry\" -> \"ending-poor\" [label=\"2 critical: take-tablet\", color=\"#c62828\", fontcolor=\"#c62828\", style=bold, penwidth=2.5];"))
        #expect(text.contains("\"tablet-worry\" -> \"keep-messages\" [label=\"1\"];"))
        #expect(text.contains("\"write-timeline\" -> \"decide-escalation\";"))
    }

    @Test(.enabled(if: dot != nil, "Graphviz 'dot' is not installed: install it (apt-get install graphviz) to check that the DOT renders"))
    func dotRendersWithGraphviz() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for id in BundledScenarios.ids {
            let graph = try SafeDrillProcess.run(["graph", id])
            #expect(graph.status == 0, "\(id): \(graph.stderr)")
            let source = folder.appendingPathComponent("\(id).dot")
            try graph.stdout.write(to: source, atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.dot ?? "dot")
            process.arguments = ["-Tsvg", source.path, "-o", folder.appendingPathComponent("\(id).svg").path]
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            process.waitUntilExit()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(process.terminationStatus == 0, "\(id): \(message)")
            #expect(message.isEmpty, "\(id): \(message)")
            let svg = try String(contentsOf: folder.appendingPathComponent("\(id).svg"), encoding: .utf8)
            #expect(svg.contains("<svg"))
        }
    }

    @Test func mermaidHasStageColoursAndEndingClasses() throws {
        let result = try SafeDrillProcess.run(["graph", "authoring-example", "--format", "mermaid"] + Self.example)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("flowchart TD\n"))
        #expect(result.stdout.contains("classDef thresholds fill:"))
        #expect(result.stdout.contains(":::good"))
        #expect(result.stdout.contains("n0 ==>|\"2 critical: take-tablet\"| n9"))
        #expect(result.stdout.contains("linkStyle "))
    }

    @Test func anUnknownScenarioIsAUsageErrorThatSuggestsTheNearestId() throws {
        let result = try SafeDrillProcess.run(["graph", "scam-lnk"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("did you mean 'scam-link'?"))
    }
}
