import Foundation
import Testing
import ThresholdEngine

@Suite("deadlines")
struct DeadlineTests {
    @Test(arguments: [
        ("immediately", Deadline.immediately), ("without-delay", .withoutDelay), ("24h", .hours(24)),
        ("72h", .hours(72)), ("1h", .hours(1)), ("3d", .hours(72)),
    ])
    func reads(_ text: String, _ deadline: Deadline) {
        #expect(Deadline(text) == deadline)
    }

    @Test(arguments: ["", "0h", "24", "h", "-1h", "1w", "24 h", "9000h", "now", "1.5h"])
    func rejects(_ text: String) {
        #expect(Deadline(text) == nil)
    }

    /// Issue 16 (fuzzing the loaders): counts of days whose hours overflow `Int` trapped instead of being refused.
    @Test(arguments: ["999999999999999999d", "384307168202282326d", "9223372036854775807d", "9223372036854775807h"])
    func rejectsCountsTooLargeToMultiply(_ text: String) {
        #expect(Deadline(text) == nil)
    }

    @Test func aPolicyWithAnOverflowingDeadlineIsADiagnostic() throws {
        let text = SamplePolicy.text(rules: "  - {id: r, when: imminent_harm, then: {police: required}, because: A., source: A.}")
            .replacingOccurrences(of: "deadline: 24h", with: "deadline: 999999999999999999d")
        let error = try #require(throws: DiagnosticError.self) { try Policy(text: text, path: "sample.yaml") }
        #expect(error.diagnostics.items.map(\.code) == ["SD015"])
    }

    @Test func dueTimesCountFromAwareness() {
        let awareAt = SamplePolicy.clock
        #expect(Deadline.immediately.due(from: awareAt) == awareAt)
        #expect(Deadline.hours(24).due(from: awareAt) == awareAt.addingTimeInterval(24 * 3600))
        #expect(Deadline.hours(72).due(from: awareAt) == awareAt.addingTimeInterval(72 * 3600))
        #expect(Deadline.withoutDelay.due(from: awareAt) == nil)
    }

    @Test func urgencyOrder() {
        #expect(Deadline.immediately < .withoutDelay)
        #expect(Deadline.withoutDelay < .hours(1))
        #expect(Deadline.hours(24) < .hours(72))
    }

    static let everything = """
          - {id: all, when: imminent_harm, then: {manager_on_call: required, police: required, ico_report: required, cqc_notification: required}, because: A., source: A.}
        """

    @Test func aDecisionCountsFromAwareAt() throws {
        let policy = try SamplePolicy.with(rules: Self.everything)
        let awareAt = SamplePolicy.clock.addingTimeInterval(-3 * 3600)
        let decision = policy.decide(Facts(["imminent_harm": .bool(true), "aware_at": .datetime(awareAt)]), at: SamplePolicy.clock)
        let due = Dictionary(uniqueKeysWithValues: decision.escalations.map { ($0.id, $0.due) })
        #expect(due["manager_on_call"] == awareAt)
        #expect(due["police"] == awareAt.addingTimeInterval(24 * 3600))
        #expect(due["ico_report"] == awareAt.addingTimeInterval(72 * 3600))
        #expect(due["cqc_notification"] == .some(nil))
        #expect(decision.missingFacts == [])
        let deadlines = decision.report.escalations.map(\.deadline)
        #expect(deadlines == ["2026-03-13T23:10:00Z", "2026-03-14T23:10:00Z", "2026-03-16T23:10:00Z", "without-delay"])
    }

    @Test func anUnknownAwareAtCountsFromTheClockAndIsListedAsMissing() throws {
        let policy = try SamplePolicy.with(rules: Self.everything)
        let decision = policy.decide(Facts(["imminent_harm": .bool(true)]), at: SamplePolicy.clock)
        #expect(decision.awareAt == nil)
        #expect(decision.escalations.first { $0.id == "police" }?.due == SamplePolicy.clock.addingTimeInterval(24 * 3600))
        #expect(decision.missingFacts == ["aware_at"])
    }

    @Test func anUnknownAwareAtIsNotMissingWhenNothingIsDue() throws {
        let policy = try SamplePolicy.with(rules: """
              - {id: a, when: imminent_harm, then: {cqc_notification: required}, because: A., source: A.}
            """)
        #expect(policy.decide(Facts(["imminent_harm": .bool(true)]), at: SamplePolicy.clock).missingFacts == [])
        #expect(policy.decide(Facts(["imminent_harm": .bool(false)]), at: SamplePolicy.clock).missingFacts == [])
    }
}
