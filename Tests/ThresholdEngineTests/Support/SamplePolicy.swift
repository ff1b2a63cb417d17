import Foundation
import ThresholdEngine

/// Small policies for unit tests: a fixed set of facts and escalations, with the rules under test.
enum SamplePolicy {
    static let facts = """
        facts:
          - {id: imminent_harm, type: bool, question: Danger now?}
          - {id: repeated, type: bool, question: More than once?}
          - {id: credible_threat, type: bool, question: A credible threat?}
          - {id: consent_to_share, type: enum, values: [given, refused, not_sought], question: Consent?}
          - {id: abuse_types, type: set, values: [financial, sexual, psychological], question: Which kinds?}
          - {id: financial_loss_gbp, type: number, question: How much?}
          - {id: aware_at, type: datetime, question: When known?}
        """

    static let escalations = """
        escalations:
          - {id: manager_on_call, label: Tell the manager, who: Manager on call, deadline: immediately}
          - {id: police, label: Report to the police, who: Police, deadline: 24h}
          - {id: ico_report, label: Report to the ICO, who: DPO, deadline: 72h}
          - {id: cqc_notification, label: Notify CQC, who: Registered manager, deadline: without-delay}
        """

    /// A policy with the sample facts and escalations and these rules (YAML list items under `rules:`).
    static func with(rules: String) throws -> Policy {
        try Policy(text: text(rules: rules), path: "sample.yaml")
    }

    static func text(rules: String) -> String {
        """
        format: safedrill-policy/1
        id: sample
        version: "1"
        jurisdiction: England
        \(facts)
        \(escalations)
        rules:
        \(rules)
        """
    }

    /// A policy with one rule, `r`, that requires the police when `condition` holds.
    static func single(_ condition: String) throws -> Policy {
        try with(rules: """
              - id: r
                when: "\(condition)"
                then: {police: required}
                because: Test.
                source: Test.
            """)
    }

    static let clock = Date(timeIntervalSince1970: 1_773_454_200)  // 2026-03-14T02:10:00Z
}
