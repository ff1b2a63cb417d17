import Foundation
import Reports
import Testing
import ThresholdEngine

/// The actions-first layout the terminal, the phone page and the case-file summary share.
@Suite("action checklist")
struct ActionChecklistTests {
    static let clock = Date(timeIntervalSince1970: 1_773_454_200)  // 2026-03-14T02:10:00Z

    static func policy(label: String = "Report to the police") throws -> Policy {
        try Policy(text: """
            format: safedrill-policy/1
            id: checklist
            version: "3"
            jurisdiction: England
            title: Checklist policy
            facts:
              - {id: aware_at, type: datetime, question: When did staff first know?}
              - {id: danger, type: bool, question: Is anyone in danger now?}
              - {id: breach, type: bool, question: Was personal data breached?}
              - {id: staff, type: bool, question: Was it a member of staff?}
            escalations:
              - {id: cqc_notification, label: Send CQC a notification, who: Registered manager, deadline: without-delay}
              - {id: ico_report, label: Report to the ICO, who: DPO, how: The ICO's form, deadline: 72h}
              - {id: police, label: "\(label)", who: Police, how: 999 or 101, deadline: 24h}
              - {id: manager_on_call, label: Tell the manager on call, who: Manager on call, how: Phone now, deadline: immediately}
              - {id: hr_conduct, label: Start the HR process, who: HR, deadline: 24h}
            rules:
              - {id: danger, when: danger, then: {police: required, manager_on_call: required, cqc_notification: required}, because: Danger., source: S1.}
              - {id: breach, when: breach, then: {ico_report: required}, because: Breach., source: S2.}
              - {id: staff, when: staff and danger, then: {hr_conduct: required}, because: Staff., source: S3.}
            """, path: "checklist.yaml")
    }

    static let known = Facts(["aware_at": .datetime(clock.addingTimeInterval(-1800)), "danger": .bool(true), "breach": .bool(true)])

    @Test func requiredActionsComeSoonestFirstWithWhoHowAndTimeLeft() throws {
        let checklist = ActionChecklist(try Self.policy().decide(Self.known, at: Self.clock))
        #expect(checklist.actions.map(\.id) == ["manager_on_call", "police", "ico_report", "cqc_notification"])
        let police = try #require(checklist.actions.first { $0.id == "police" })
        #expect(police.who == "Police")
        #expect(police.how == "999 or 101")
        guard case .by(let due, let hours, let left) = police.due else {
            Issue.record("police should be due by a time, not \(police.due)")
            return
        }
        #expect(hours == 24)
        #expect(due == Self.clock.addingTimeInterval(-1800 + 24 * 3600))
        #expect(ActionChecklist.Due.relative(left) == "in 23 h 30 min")
        #expect(checklist.actions.first?.due == .now)
        #expect(checklist.actions.last?.due == .withoutDelay)
    }

    @Test func aConsultCarriesTheQuestionThatSettlesIt() throws {
        let checklist = ActionChecklist(try Self.policy().decide(Self.known, at: Self.clock))
        #expect(checklist.consults.map(\.id) == ["hr_conduct"])
        #expect(checklist.consults.first?.settle?.question == "Was it a member of staff?")
        #expect(checklist.notRequired.isEmpty)
        #expect(checklist.policyTitle == "Checklist policy")
        #expect(checklist.awareAt == Self.clock.addingTimeInterval(-1800))
    }

    @Test(arguments: [(60.0, "in 1 min"), (30, "in 1 min"), (0, "now"), (-2400, "overdue by 40 min"), (7500, "in 2 h 5 min"), (7200, "in 2 h")])
    func timeLeftReadsAsAPersonSaysIt(seconds: Double, text: String) {
        #expect(ActionChecklist.Due.relative(seconds) == text)
    }

    @Test func theCaseFileSummaryIsSelfContainedAndEscapesPolicyText() throws {
        let policy = try Self.policy(label: "Report <script>alert(1)</script> & log")
        let page = DecisionSummaryPage(
            decision: policy.decide(Self.known, at: Self.clock), recorder: "Mo <Manager>", recordID: "abc123", time: { IncidentTime.display($0, timeZone: TimeZone(identifier: "UTC") ?? .current) }
        ).html
        #expect(!page.contains("<script"))
        #expect(page.contains("Report &lt;script&gt;alert(1)&lt;/script&gt; &amp; log"))
        #expect(page.contains("Mo &lt;Manager&gt;"))
        #expect(page.contains("default-src 'none'"))
        #expect(!page.contains("src=") && !page.contains("href=\"http") && !page.contains("<link"))
        #expect(page.contains("Required (4)"))
        #expect(page.contains("Was it a member of staff?"))
        #expect(page.contains("Sat 14 Mar 2026 01:40 UTC") || page.contains("Sat 14 Mar 2026 01:40 GMT"))
        #expect(page.contains("@media print") || page.contains("@page"), "printable: the reports' print rules come with it")
    }
}
