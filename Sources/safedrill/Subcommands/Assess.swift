import ArgumentParser
import Foundation
import Records
import Reports
import ThresholdEngine

extension SafeDrill {
    /// `safedrill assess`: the on-call manager's front door. Decide escalations for a real incident
    /// now, with deadlines and reasons, and keep the decision with who made it.
    struct Assess: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "assess",
            abstract: "Decide who must be told about an incident, by when, and why.",
            discussion: """
                Without --facts, asks the policy's questions one at a time (press Enter when you do not \
                know, ? for help), skipping those that can no longer change anything, then shows a \
                checklist: what to do, who, how and by when, then what to consult on with the question \
                that settles each. With --facts, reads a YAML or JSON file of 'fact: value' lines instead; \
                leave out what is not known. A mistake in the facts exits 2 and prints nothing else.

                The decision is kept in the records, in the integrity chain, with who made it (--as, or \
                asked at the terminal), unless --no-record. The answers are kept as a draft as they are \
                given: Ctrl-C offers to save and leave, and after Ctrl-C, the end of input or a kill, \
                'assess --resume' carries the interview on (exit 3 when it stopped unfinished).
                """)

        @OptionGroup var file: PolicyFileOption

        @Option(name: .long, help: ArgumentHelp("Facts file, YAML or JSON (default: ask).", valueName: "file"))
        var facts: String?

        @Flag(name: .long, help: "Print the decision as JSON.")
        var json = false

        @Flag(name: .long, help: "Add each escalation's reasons and sources, what is not required and what to find out.")
        var explain = false

        @Option(name: .long, help: ArgumentHelp("Also write the decision as a self-contained, printable HTML page for the case file (0600).", valueName: "file"))
        var html: String?

        @Option(name: .long, help: ArgumentHelp("Decide as at this time: ISO 8601 such as 2026-03-14T02:40:00Z (default: now).", valueName: "time"))
        var at: String?

        @Flag(name: .long, help: "Plain text for screen readers: no colour.")
        var plain = false

        @Flag(name: .long, help: "Keep nothing: no decision in the records, no draft of the answers.")
        var noRecord = false

        @Flag(name: .long, help: "Accepted for old scripts and does nothing: decisions are kept unless --no-record.")
        var record = false

        @Option(name: .customLong("as"), help: ArgumentHelp("Who is making the decision (default: asked at the terminal).", valueName: "name"))
        var recorder: String?

        @Flag(name: .long, help: "Carry on an interview that stopped unfinished: the one named, else the most recent (yours with --as).")
        var resume = false

        @Argument(help: ArgumentHelp("With --resume: the draft's id or its first 6 or more characters.", valueName: "draft"))
        var draftID: String?

        @OptionGroup var store: StoreOptions

        func validate() throws {
            if let at, Self.time(at) == nil {
                throw ValidationError("--at must be a date and time with an offset, such as 2026-03-14T02:40:00Z, or now")
            }
            if noRecord && record { throw ValidationError("--record and --no-record contradict each other") }
            if resume && noRecord { throw ValidationError("--resume reads a kept draft, and --no-record keeps nothing") }
            if resume && facts != nil { throw ValidationError("--resume carries on asking questions; leave out --facts") }
            if draftID != nil && !resume { throw ValidationError("a draft id goes with --resume") }
            if !noRecord, !resume, recorder?.trimmingCharacters(in: .whitespaces).isEmpty ?? true, isatty(STDIN_FILENO) != 1 {
                throw ValidationError("who is making the decision? Give --as NAME (or --no-record to keep nothing)")
            }
        }

        func run() throws {
            try RecordsCommand.guarded {
                let policy = file.load(failure: 2)
                let style = Style.detect(plain: plain)
                if let facts {
                    let clock = at.flatMap(Self.time) ?? Date()
                    let known = Self.readFacts(ResourceOptions.display(facts), policy: policy)
                    let records = noRecord ? nil : try store.open()
                    let recorder = try records.map { _ in try who() }
                    try conclude(policy.decide(known, at: clock), facts: known, style: style, records: records, recorder: recorder, draft: nil)
                    return
                }
                let records = noRecord ? nil : try store.open()
                var session = try start(policy: policy, records: records)
                let questions = DecisionQuestions(style: style, toStandardError: json, savesDrafts: records != nil)
                let outcome = try questions.ask(session.interview, at: session.clock) { interview in
                    guard let records, let recorder = session.recorder, !(interview.history.isEmpty && session.draft == nil) else { return }
                    session.draft = try records.saveDecisionDraft(
                        id: session.draft, recorder: recorder, policySHA256: policy.sha256,
                        decideAt: session.decideAt,
                        steps: DecisionDraft.steps(of: interview)).id
                }
                switch outcome {
                case .finished(let interview):
                    try conclude(policy.decide(interview.facts, at: session.clock), facts: interview.facts, style: style, records: records, recorder: session.recorder, draft: session.draft)
                case .ended(let interview):
                    try show(policy.decide(interview.facts, at: session.clock), style: style, recorder: session.recorder, recordID: nil)
                    guard let draft = session.draft else { return }
                    printToStandardError("The interview is not finished, so nothing is recorded yet: its answers are kept as draft \(draft.prefix(8)); 'safedrill assess --resume \(draft.prefix(8))' carries on.\n")
                    throw ExitCode(3)
                case .left:
                    guard let draft = session.draft else {
                        printToStandardError("Nothing was answered, so nothing is kept.\n")
                        return
                    }
                    printToStandardError("Saved as draft \(draft.prefix(8)); 'safedrill assess --resume \(draft.prefix(8))' carries on.\n")
                    throw ExitCode(3)
                case .terminated(let signal):
                    throw ExitCode(128 + signal)
                }
            }
        }

        /// Where an interview starts: afresh, or from a kept draft.
        private struct Session {
            var interview: FactInterview
            var clock: Date
            var decideAt: Date?
            var recorder: String?
            var draft: String?
        }

        private func start(policy: Policy, records: RecordStore?) throws -> Session {
            guard resume, let records else {
                let recorder = try records.map { _ in try who() }
                // A draft keeps an --at time, so that resuming decides at it; "now" is when it is resumed.
                let decideAt = at == "now" ? nil : at.flatMap(Self.time)
                return Session(interview: FactInterview(policy: policy), clock: decideAt ?? Date(), decideAt: decideAt, recorder: recorder)
            }
            let found = try draftID.map { try records.decisionDraft(id: $0) } ?? records.decisionDrafts(recorder: recorder).first
            guard let draft = found else {
                throw ValidationFailure(draftID.map { "no draft '\($0)': 'safedrill decisions list' shows the unfinished interviews" } ?? "there is no unfinished interview to resume")
            }
            guard draft.policySHA256 == policy.sha256.lowercased(), let interview = draft.interview(on: policy) else {
                throw ValidationFailure("draft \(draft.id.prefix(8)) was started on another version of the policy (sha256 \(draft.policySHA256.prefix(12))): give that file with --policy")
            }
            printToStandardError("Resuming draft \(draft.id.prefix(8)) by \(draft.recorder): \(draft.steps.count) answers kept.\n")
            return Session(interview: interview, clock: draft.decideAt ?? at.flatMap(Self.time) ?? Date(), decideAt: draft.decideAt, recorder: draft.recorder, draft: draft.id)
        }

        /// Who is deciding: `--as`, else asked at the terminal (validate refuses piped input without `--as`).
        private func who() throws -> String {
            if let recorder, !recorder.trimmingCharacters(in: .whitespaces).isEmpty { return recorder.trimmingCharacters(in: .whitespaces) }
            let reader = LineReader()
            while true {
                switch reader.read(prompt: "Your name, kept with the decision: ") {
                case .line(let name) where !name.trimmingCharacters(in: .whitespaces).isEmpty:
                    return name.trimmingCharacters(in: .whitespaces)
                case .line: continue
                case .end, .interrupted: throw ExitCode(2)
                case .terminated(let signal): throw ExitCode(128 + signal)
                }
            }
        }

        /// Shows the decision, keeps it (and drops its draft) unless `--no-record`.
        private func conclude(_ decision: Decision, facts: Facts, style: Style, records: RecordStore?, recorder: String?, draft: String?) throws {
            guard let records, let recorder else {
                try show(decision, style: style, recorder: nil, recordID: nil)
                return
            }
            let kept = try records.recordDecision(decision, facts: facts, recorder: recorder)
            if let draft { try records.discardDecisionDraft(id: draft) }
            try show(decision, style: style, recorder: recorder, recordID: kept.id)
            // On standard error, so JSON output stays clean.
            printToStandardError("Recorded as decision \(kept.id.prefix(8)) in \(ResourceOptions.display(store.path)).\n")
        }

        /// The case-file page first, so that a reader closing standard output early cannot lose it.
        private func show(_ decision: Decision, style: Style, recorder: String?, recordID: String?) throws {
            if let html {
                let page = DecisionSummaryPage(decision: decision, recorder: recorder, recordID: recordID, time: { IncidentTime.display($0) })
                try PrivateFile.write(Data(page.html.utf8), to: html)
            }
            if json {
                print(decision.report.json())
            } else {
                print(ActionChecklistText(checklist: ActionChecklist(decision), style: style).text)
                if explain { print("\n" + DecisionReasons(decision: decision, style: style).text) }
            }
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
