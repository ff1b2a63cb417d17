import ArgumentParser
import Foundation
import Records
import ThresholdEngine

extension SafeDrill {
    /// `safedrill assess`: the on-call manager's front door. Decide escalations for a real incident
    /// now, with deadlines and reasons.
    struct Assess: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "assess",
            abstract: "Decide who must be told about an incident, by when, and why.",
            discussion: """
                Without --facts, asks the policy's questions one at a time (press Enter when you do not \
                know, ? for help), skipping those that can no longer change anything, then shows a \
                checklist. With --facts, reads a YAML or JSON file of 'fact: value' lines instead; leave \
                out what is not known. A mistake in the facts exits 2 and prints nothing else.
                """)

        @OptionGroup var file: PolicyFileOption

        @Option(name: .long, help: ArgumentHelp("Facts file, YAML or JSON (default: ask).", valueName: "file"))
        var facts: String?

        @Flag(name: .long, help: "Print the decision as JSON.")
        var json = false

        @Option(name: .long, help: ArgumentHelp("Decide as at this time: ISO 8601 such as 2026-03-14T02:40:00Z (default: now).", valueName: "time"))
        var at: String?

        @Flag(name: .long, help: "Plain text for screen readers: no colour.")
        var plain = false

        @Flag(name: .long, help: "Keep the decision in the records (who, when, the facts, the decision, the policy hash), in the integrity chain.")
        var record = false

        @Option(name: .customLong("as"), help: ArgumentHelp("Who is making the decision (with --record).", valueName: "name"))
        var recorder: String?

        @OptionGroup var store: StoreOptions

        func validate() throws {
            if record, recorder?.trimmingCharacters(in: .whitespaces).isEmpty ?? true {
                throw ValidationError("--record needs --as NAME: who made the decision")
            }
            if let at, Self.time(at) == nil {
                throw ValidationError("--at must be a date and time with an offset, such as 2026-03-14T02:40:00Z, or now")
            }
        }

        func run() throws {
            let clock = at.flatMap(Self.time) ?? Date()
            let policy = file.load(failure: 2)
            let style = Style.detect(plain: plain)
            let known: Facts
            if let facts {
                known = Self.readFacts(ResourceOptions.display(facts), policy: policy)
            } else {
                let questions = DecisionQuestions(style: style, toStandardError: json)
                known = questions.ask(policy: policy, at: clock)
            }
            let decision = policy.decide(known, at: clock)
            print(json ? decision.report.json() : DecisionChecklist(decision: decision, style: style).text)
            if record, let recorder { try keep(decision, facts: known, by: recorder) }
        }

        /// Stores the decision; the note goes to standard error so JSON output stays clean.
        private func keep(_ decision: Decision, facts: Facts, by recorder: String) throws {
            let kept = try store.open().recordDecision(decision, facts: facts, recorder: recorder)
            printToStandardError("Recorded as decision \(kept.id.prefix(8)) in \(ResourceOptions.display(store.path)).\n")
        }

        /// The facts in `path`, checked against the policy; any mistake prints diagnostics and exits 2.
        static func readFacts(_ path: String, policy: Policy) -> Facts {
            var diagnostics = DiagnosticList()
            do {
                let document = try YAMLDocument(contentsOf: path, byteLimit: FactSchema.largestFactsFile)
                let facts = policy.schema.readFacts(document.root, in: document, diagnostics: &diagnostics)
                if !diagnostics.hasErrors { return facts }
            } catch {
                diagnostics = error.diagnostics
            }
            DiagnosticOutput.print(diagnostics)
            Foundation.exit(2)
        }

        static func time(_ text: String) -> Date? {
            text == "now" ? Date() : FactSchema.parseDate(text)
        }
    }
}
