import Assessment
import Foundation
import Testing
import ThresholdEngine

/// The scoring files' own errors have codes of their own (SD053 used to stand for eight unrelated ones).
@Suite("scoring file diagnostics")
struct ScoringFileDiagnosticsTests {
    static func write(_ text: String, named name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("safedrill-scoring-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aRubricElementWithNegativePointsIsSD055AtItsPoints() throws {
        let path = try Self.write("""
            format: safedrill-recording/1
            rubrics:
              - id: timeline
                title: Timeline
                elements:
                  - id: when
                    label: When it happened
                    points: -2
                    patterns: ['\\d']
            """, named: "recording.yaml")
        let error = try #require(throws: DiagnosticError.self) { try RecordingRubrics.load(path: path) }
        let found = try #require(error.diagnostics.items.first { $0.code == "SD055" }, "\(error.diagnostics)")
        #expect(found.location.line == 8)
    }

    @Test func aWorkflowWhoseCriticalErrorsAreNotNotYetCompetentIsSD058() throws {
        let scoring = Marking.root.appendingPathComponent("Scoring")
        let policy = try Policy.load(path: scoring.appendingPathComponent("thresholds.yaml").path)
        let workflow = try String(contentsOfFile: scoring.appendingPathComponent("workflow.yaml").path, encoding: .utf8)
            .replacingOccurrences(of: "critical-errors: not-yet-competent", with: "critical-errors: competent")
        let path = try Self.write(workflow, named: "workflow.yaml")
        let error = try #require(throws: DiagnosticError.self) {
            try Workflow.load(path: path, escalations: policy.escalations.map(\.id))
        }
        #expect(error.diagnostics.items.contains { $0.code == "SD058" }, "\(error.diagnostics)")
    }
}
