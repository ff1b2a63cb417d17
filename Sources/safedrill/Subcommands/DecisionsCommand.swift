import ArgumentParser
import Foundation
import Records
import Reports
import ThresholdEngine

extension SafeDrill {
    /// `safedrill decisions`: the live decisions kept by `assess` and `serve`, and unfinished interviews.
    struct DecisionsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "decisions",
            abstract: "List and show the live decisions kept by assess, and the interviews not finished.",
            subcommands: [List.self, Show.self])
    }
}

extension SafeDrill.DecisionsCommand {
    /// `safedrill decisions list`: newest first, then the unfinished interviews.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "The recorded decisions, newest first, then the interviews not finished (resume with 'assess --resume ID').")

        @OptionGroup var store: StoreOptions

        func run() throws {
            try SafeDrill.RecordsCommand.guarded {
                let records = try store.open()
                let decisions = try records.decisions()
                print(decisions.isEmpty ? "No decisions recorded." : "Decisions:")
                for listing in decisions {
                    let report = try? DecisionShowing.report(listing.decision)
                    let required = report?.escalations.filter { $0.status == .required }.map(\.id) ?? []
                    print("  \(listing.decision.id.prefix(8))  \(IncidentTime.display(listing.decision.decidedAt))  \(listing.recorder ?? "(erased)")  required: \(required.isEmpty ? "none" : required.joined(separator: ", "))")
                }
                let drafts = try records.decisionDrafts()
                if !drafts.isEmpty {
                    print("Not finished (safedrill assess --resume ID):")
                    for draft in drafts {
                        print("  \(draft.id.prefix(8))  \(IncidentTime.display(draft.updatedAt))  \(draft.recorder)  \(draft.steps.count) answers")
                    }
                }
            }
        }
    }

    /// `safedrill decisions show ID`: who, when, the facts, every escalation's status and reasons.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show",
            abstract: "One recorded decision: who made it, when, on what facts, and what the policy decided.",
            discussion: "With --html, also writes the case-file summary; that needs the policy file the decision was made with (--policy).")

        @Argument(help: ArgumentHelp("The decision's id or its first 6 or more characters.", valueName: "id"))
        var id: String

        @Option(name: .long, help: ArgumentHelp("Write the decision as a self-contained, printable HTML page (0600).", valueName: "file"))
        var html: String?

        @OptionGroup var file: PolicyFileOption
        @OptionGroup var store: StoreOptions

        func run() throws {
            try SafeDrill.RecordsCommand.guarded {
                guard let listing = try store.open().decision(id: id) else {
                    throw ValidationFailure("no decision '\(id)': 'safedrill decisions list' shows them")
                }
                print(try DecisionShowing.text(listing))
                guard let html else { return }
                let policy = file.load(failure: 2)
                let decision = listing.decision
                guard decision.policySHA256 == policy.sha256.lowercased(), let facts = decision.facts(on: policy) else {
                    throw ValidationFailure("decision \(decision.id.prefix(8)) was made with another policy (sha256 \(decision.policySHA256.prefix(12))): give that file with --policy")
                }
                let page = DecisionSummaryPage(
                    decision: policy.decide(facts, at: decision.decidedAt), recorder: listing.recorder, recordID: decision.id, time: { IncidentTime.display($0) })
                try PrivateFile.write(Data(page.html.utf8), to: html)
            }
        }
    }
}

/// A recorded decision as `decisions show` prints it, from what the record holds.
enum DecisionShowing {
    static func report(_ decision: RecordedDecision) throws -> DecisionReport {
        try JSONDecoder().decode(DecisionReport.self, from: Data(decision.reportJSON.utf8))
    }

    static func text(_ listing: DecisionListing) throws -> String {
        let decision = listing.decision
        let report = try report(decision)
        var lines = [
            "Decision \(decision.id)",
            "  made \(IncidentTime.display(decision.decidedAt)) by \(listing.recorder ?? "(erased)")",
            "  policy \(report.policy.id) \(report.policy.version), sha256 \(decision.policySHA256)",
            "Facts:",
        ]
        let facts = (try? JSONDecoder().decode([String: String].self, from: Data(decision.factsJSON.utf8))) ?? [:]
        lines += facts.isEmpty ? ["  none known"] : facts.sorted { $0.key < $1.key }.map { "  \($0.key): \($0.value)" }
        lines.append("Escalations:")
        for entry in report.escalations where entry.status != .notRequired {
            lines.append("  \(entry.status.rawValue): \(entry.id)" + (entry.deadline.map { " (due \($0))" } ?? ""))
            lines += entry.because.map { "    - \($0)" }
        }
        let others = report.escalations.filter { $0.status == .notRequired }.map(\.id)
        if !others.isEmpty { lines.append("  not required: " + others.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }
}
