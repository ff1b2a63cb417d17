import Assessment
import Foundation
import ScenarioKit
import Testing
import ThresholdEngine

/// The project's real policy, workflow and rubrics, and small scenarios written inline.
enum Marking {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func scorer() throws -> Scorer {
        let scoring = root.appendingPathComponent("Scoring").path
        let policy = try Policy.load(path: scoring + "/thresholds.yaml")
        return Scorer(
            policy: policy,
            workflow: try Workflow.load(path: scoring + "/workflow.yaml", escalations: policy.escalations.map(\.id)),
            rubrics: try RecordingRubrics.load(path: scoring + "/recording.yaml"))
    }

    static func scenario(_ text: String, id: String = "tiny", scorer: Scorer) throws -> Scenario {
        let loaded = ScenarioLoader(schema: scorer.policy.schema).load(text: text, path: "\(id).yaml")
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.items)")
        return try #require(loaded.scenario)
    }

    /// Every scenario in Scenarios/.
    static var libraryIDs: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Scenarios").path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    static func library(_ id: String, scorer: Scorer) throws -> Scenario {
        let path = root.appendingPathComponent("Scenarios/\(id).yaml").path
        return try #require(ScenarioLoader(schema: scorer.policy.schema).load(contentsOf: path).scenario)
    }

    /// Safety (a loop back to itself), evidence (a critical choice), thresholds (escalate, disclose), timeline (record).
    static let tiny = """
        format: safedrill/1
        id: tiny
        title: Tiny
        version: 1
        summary: A scenario for tests.
        setting: homecare
        audience: [care-worker]
        source: tests
        facts:
          aware_at: 2026-03-14T02:10:00Z
          care_and_support_needs: true
          in_regulated_service: true
          alleged_perpetrator: online_contact
          personal_data_breach: false
          staff_misconduct_suspected: false
          staff_removed_from_regulated_activity: false
        start: first
        nodes:
          first:
            stage: safety
            text: First.
            choices:
              - {id: good, text: Sit with her, points: 3, feedback: Good., goto: second}
              - {id: ok, text: Ask from the door, points: 1, feedback: Partly., goto: second}
              - {id: again, text: Look again, points: 0, feedback: Again., goto: first}
          second:
            stage: evidence
            text: Second.
            reveal: {imminent_harm: true, credible_threat: true}
            choices:
              - {id: keep, text: Keep the messages, points: 2, feedback: Keep., goto: escalate}
              - {id: delete, text: Delete them, points: 0, critical: Deleting destroys evidence., feedback: No., goto: poor}
          escalate:
            stage: thresholds
            text: Escalate.
            escalate: {prompt: Who needs to know?}
            goto: share
          share:
            stage: thresholds
            text: Share.
            disclose:
              recipient: the police
              items:
                - {id: threats, text: The threats, needed: true}
                - {id: history, text: Her medical history, needed: false}
                - {id: times, text: When they came, needed: true}
            goto: write
          write:
            stage: timeline
            text: Write.
            record: {prompt: Write it., rubric: timeline, model: "14/03 02:10 Maya said \\"they will come\\". WhatsApp from 07700 900123. She is frightened and wants help."}
            goto: good-end
          good-end:
            ending: good
            text: Good.
            debrief: Well done.
          poor:
            ending: poor
            text: Poor.
            debrief: Evidence lost.
        """
}
