import Foundation
import Testing

@Suite("safedrill validate: model answers")
struct ValidateModelAnswerTests {
    /// A record node whose `model` key (line 17, column 7) scores below 100% on the timeline rubric.
    static let weakModel = """
        format: safedrill/1
        id: weak-model
        title: A weak model answer
        version: 1
        summary: The model answer misses most of its rubric.
        setting: homecare
        audience: [care-worker]
        source: test
        start: write
        nodes:
          write:
            stage: timeline
            text: Write the entry.
            record:
              prompt: Write it.
              rubric: timeline
              model: "Maya was upset about some messages. Reported to safeguarding."
            goto: end-good
          end-good:
            ending: good
            text: Done.
            debrief: Well done.

        """

    @Test func aModelBelowFullMarksIsReportedAtItsKeyWithTheMissingElements() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.weakModel.write(to: folder.appendingPathComponent("weak-model.yaml"), atomically: true, encoding: .utf8)
        let result = try SafeDrillProcess.run(["validate", "weak-model.yaml"], in: folder)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let finding = try #require(lines.first { $0.contains("[SD063]") }, "\(result.stdout)\(result.stderr)")
        #expect(finding.hasPrefix("weak-model.yaml:17:7: warning[SD063]: the model answer of node 'write' scores "))
        #expect(finding.contains("on rubric 'timeline'"))
        #expect(finding.contains("misses 'Date and time of each event'"))
        #expect(finding.contains("weakened by 'Vague referral"))
        let hint = try #require(lines.firstIndex(of: finding).map { lines[$0 + 1] })
        #expect(hint.hasPrefix("  hint: state each missing element in a sentence"))
        #expect(result.status == 0, "a warning, not an error")
    }

    @Test func analyseShowsEachRecordNodesModelMark() throws {
        let text = try SafeDrillProcess.run(["analyse", "scam-link"])
        #expect(text.stdout.contains("Model answers (mark on their own rubric):"), "\(text.stdout)\(text.stderr)")
        let json = try SafeDrillProcess.run(["analyse", "scam-link", "--json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let models = try #require(report["models"] as? [[String: Any]])
        #expect(!models.isEmpty)
        for model in models {
            #expect(model["percent"] as? Double == 100, "\(model)")
            #expect((model["missing"] as? [String])?.isEmpty == true)
        }
    }
}
