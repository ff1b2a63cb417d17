import ArgumentParser
import Foundation
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

        func validate() throws {
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
        }

        /// The facts in `path`, checked against the policy; any mistake prints diagnostics and exits 2.
        static func readFacts(_ path: String, policy: Policy) -> Facts {
            var diagnostics = DiagnosticList()
            do {
                let document = try YAMLDocument(contentsOf: path)
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
