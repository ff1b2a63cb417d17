import ArgumentParser
import Assessment
import Foundation
import Records
import ThresholdEngine

extension SafeDrill.RecordsCommand {
    /// `safedrill records moderate ATTEMPT --as NAME`: confirm or change an assessment's free-text marks.
    struct Moderate: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "moderate",
            abstract: "Confirm or change, with a reason, each free-text mark of a finished assessment.",
            discussion: """
                In assessment mode a free-text mark is provisional until an assessor, supervisor or lead \
                moderates it, element by element of its rubric; a sign-off needs every free-text answer in its \
                evidence moderated. With no --confirm-all or --element, walks each answer (readline, or piped \
                lines): Enter confirms an element's mark, c changes it; each change asks why, and the marks \
                confirmed share one reason per answer. For scripts: --element NODE.ELEMENT=met|not-met sets one \
                element (repeatable), --confirm-all confirms every element not named, and --reason gives the \
                reason for them all. An answer moderated for the first time needs every element judged. Each \
                judgement is a chained record; a later one supersedes the earlier, which is kept.
                """)

        @Argument(help: "The attempt id or a unique prefix of 6 or more characters.")
        var attempt: String

        @Option(name: .customLong("as"), help: ArgumentHelp("Who is moderating: a registered supervisor, assessor or lead.", valueName: "name"))
        var moderator: String

        @Flag(help: "Confirm every element not named by --element (needs --reason).")
        var confirmAll = false

        @Option(name: .customLong("element"), help: ArgumentHelp("An element judged met or not met (repeatable; needs --reason).", valueName: "node.element=met|not-met"))
        var elements: [ElementMark] = []

        @Option(help: ArgumentHelp("The reason, for --confirm-all and --element.", valueName: "text"))
        var reason: String?

        @OptionGroup var resources: ResourceOptions
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if (confirmAll || !elements.isEmpty), reason == nil {
                throw ValidationError("--confirm-all and --element need --reason TEXT: every moderation says why")
            }
            if reason != nil, !confirmAll, elements.isEmpty {
                throw ValidationError("--reason goes with --confirm-all or --element; without them the moderation is interactive")
            }
        }

        func run() throws {
            try SafeDrill.RecordsCommand.guarded {
                let records = try store.open()
                guard let found = try records.attempt(id: attempt) else { throw RecordError.unknownAttempt(attempt) }
                let library: TrainingLibrary
                do throws(DiagnosticError) {
                    library = try TrainingLibrary.load(scenariosFolder: resources.scenariosFolder, policyPath: resources.policyFile)
                } catch {
                    InputError.diagnostics(error.diagnostics).exit()
                }
                let sheet = try records.moderationSheet(attemptID: found.id, library: library)
                let judgements: [ElementJudgement]
                if confirmAll || !elements.isEmpty {
                    judgements = Self.judgements(sheet, marks: elements, confirmAll: confirmAll, reason: reason ?? "")
                } else {
                    guard let walked = ModerationWalk(reader: LineReader(), style: Style.detect(plain: false)).judgements(for: sheet) else {
                        throw ValidationFailure("input ended before every element was judged: nothing was moderated")
                    }
                    judgements = walked
                }
                let written = try records.moderate(attemptID: found.id, judgements: judgements, moderator: moderator, library: library, at: Date())
                print(ModerationWalk.summary(written, before: sheet))
            }
        }

        /// The named elements as given, then (with `confirmAll`) every other element as it stands.
        static func judgements(_ sheet: ModerationSheet, marks: [ElementMark], confirmAll: Bool, reason: String) -> [ElementJudgement] {
            var judgements = marks.map { ElementJudgement(nodeID: $0.nodeID, elementID: $0.elementID, met: $0.met, reason: reason) }
            guard confirmAll else { return judgements }
            let named = Set(marks.map { "\($0.nodeID).\($0.elementID)" })
            for answer in sheet.answers {
                for element in answer.elements where !named.contains("\(answer.nodeID).\(element.id)") {
                    judgements.append(ElementJudgement(nodeID: answer.nodeID, elementID: element.id, met: element.met, reason: reason))
                }
            }
            return judgements
        }
    }
}

/// `NODE.ELEMENT=met` or `NODE.ELEMENT=not-met`, as `records moderate --element` takes it.
struct ElementMark: ExpressibleByArgument, Hashable {
    var nodeID: String
    var elementID: String
    var met: Bool

    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let dot = parts[0].lastIndex(of: ".") else { return nil }
        nodeID = String(parts[0][..<dot])
        elementID = String(parts[0][parts[0].index(after: dot)...])
        switch parts[1].lowercased() {
        case "met": met = true
        case "not-met", "not_met", "notmet": met = false
        default: return nil
        }
        guard !nodeID.isEmpty, !elementID.isEmpty else { return nil }
    }
}
