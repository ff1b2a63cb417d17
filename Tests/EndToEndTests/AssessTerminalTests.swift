import Foundation
import Testing

/// `assess` in a real 80x24 terminal: an interview with `back` and a local time reaching a
/// checklist that fits the screen, and Ctrl-C saving an interview that `--resume` carries on.
@Suite("assess in a terminal", .serialized, .enabled(if: TerminalSession.isAvailable, "tmux is not installed"))
struct AssessTerminalTests {
    /// A scam on a person in a registered service, as an on-call manager would answer it; the
    /// first words of each question that may come, and the answer.
    static let answers: [(question: String, answer: String)] = [
        ("Has personal data", "no"), ("When did a member of staff first learn", "01:50"), ("Is the person under 18", "no"),
        ("Who is alleged to have caused the harm", "online_contact"), ("Could a member of staff or a volunteer", "no"),
        ("What kinds of abuse", "financial"), ("Is this about nude", "none"), ("Is the person, or anyone else, at risk", "no"),
        ("Does any of these apply", "5"), ("Is the person using a CQC-registered", "yes"), ("Does the person have care", "yes"),
        ("Is someone taking advantage", "no"), ("Has anyone made a threat", "no"), ("Do you suspect that a crime", "yes"),
    ]

    static func start(_ arguments: [String], db: String) throws -> TerminalSession {
        try TerminalSession(
            ["assess", "--db", db, "--at", "2026-12-04T02:30:00Z"] + arguments, environment: ["TZ": "UTC"], columns: 80, rows: 24)
    }

    /// Waits for the prompt after `count` prompts were answered; returns the question it asks
    /// (the lines since the blank line before it), or nil when the program has finished. A prompt
    /// counts once it directly follows the question's text and the screen has settled.
    static func nextQuestion(_ terminal: TerminalSession, after count: Int) throws -> String? {
        let deadline = Date().addingTimeInterval(10)
        var previous = ""
        while Date() < deadline {
            let screen = try terminal.screen()
            if screen.contains("Reasons and sources:") { return nil }
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let prompts = lines.indices.filter { index in
                index > 0 && lines[index].hasPrefix(">") && !lines[index - 1].isEmpty && !lines[index - 1].hasPrefix(">")
            }
            if screen == previous, prompts.count > count, let last = prompts.last, lines[last] == ">",
                lines[(last + 1)...].allSatisfy(\.isEmpty) {
                let block = lines[..<last].reversed().prefix { !$0.isEmpty && !$0.hasPrefix(">") }
                return block.reversed().joined(separator: " ")
            }
            previous = screen
            Thread.sleep(forTimeInterval: 0.15)
        }
        Issue.record("no prompt came:\n\(try terminal.screen())")
        return nil
    }

    @Test func anInterviewWithBackAndALocalTimeEndsOnAChecklistThatFitsTheScreen() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        let terminal = try Self.start(["--as", "Mo Manager"], db: db)
        var answered = 0
        var wentBack = false
        while let question = try Self.nextQuestion(terminal, after: answered), answered < 40 {
            var answer = Self.answers.first { question.contains($0.question) }?.answer ?? ""
            if question.contains("Has personal data"), !wentBack, answered == 0 { answer = "yes" }
            if question.contains("first learn"), !wentBack {
                answer = "back"
                wentBack = true
            }
            try terminal.type(answer)
            answered += 1
        }
        let screen = try terminal.screen()
        #expect(wentBack)
        let afterBack = try #require(screen.range(of: "> back\n"), "back was typed:\n\(screen)")
        #expect(screen[afterBack.upperBound...].prefix(300).contains("Has personal data"), "back asks the first question again:\n\(screen)")
        #expect(screen.contains("= Fri 4 Dec 2026 01:50 GMT"), "01:50 read as today's local time")
        let rows = try terminal.visibleRows()
        let heading = try #require(rows.firstIndex { $0.hasPrefix("What to do now") }, "the whole checklist is on the 24-row screen:\n\(rows.joined(separator: "\n"))")
        let footer = try #require(rows.firstIndex { $0.hasPrefix("Not needed now:") || $0.hasPrefix("Reasons and sources") })
        #expect(rows.count <= 24)
        #expect(footer - heading + 1 <= 23, "the checklist leaves a row for the line saying it is recorded")
        #expect(rows.allSatisfy { $0.count <= 80 })
        #expect(rows[heading] == "What to do now (Fri 4 Dec 2026 02:30 GMT; staff knew at 01:50)")
        #expect(rows.contains("[ ] Report to the police"))
        #expect(rows.contains { $0.hasPrefix("    by Sat 5 Dec 01:50 (in 23 h 20 min) · Police") })
        #expect(rows.contains { $0.hasPrefix("Recorded as decision ") })
    }

    @Test func ctrlCSavesTheInterviewAndResumeCarriesItOn() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        let terminal = try Self.start(["--as", "Mo Manager"], db: db)
        try terminal.waitFor("Ctrl-C saves and leaves")
        try terminal.type("no")
        try terminal.waitFor("When did a member of staff first learn")
        try terminal.key("C-c")
        try terminal.waitFor("Save the answers so far and leave? [Y/n]")
        try terminal.type("y")
        try terminal.waitFor("Saved as draft ")
        let draft = try #require(try terminal.screen().firstMatch(of: /Saved as draft ([0-9a-f]{8})/)?.1)

        let resumed = try Self.start(["--resume", String(draft)], db: db)
        try resumed.waitFor("Resuming draft \(draft) by Mo Manager: 1 answers kept.")
        try resumed.waitFor("When did a member of staff first learn")
        #expect(!(try resumed.screen().contains("Has personal data")), "the answered question is not asked again")
        // Ctrl-C, then "n": the interview carries on at the same question.
        try resumed.key("C-c")
        try resumed.waitFor("Save the answers so far and leave? [Y/n]")
        try resumed.type("n")
        try resumed.type("01:50")
        try resumed.waitFor("= Fri 4 Dec 2026 01:50 GMT")
    }

    @Test func aKilledInterviewLosesNoAnswer() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        let terminal = try Self.start(["--as", "Mo Manager"], db: db)
        try terminal.waitFor("Has personal data")
        try terminal.type("no")
        // The draft is written before the next question is shown.
        try terminal.waitFor("When did a member of staff first learn")
        kill(try terminal.pid(), SIGKILL)
        let list = try SafeDrillProcess.run(["decisions", "list", "--db", db])
        #expect(list.stdout.contains("Mo Manager  1 answers"), "\(list.stdout)")
        let resumed = try SafeDrillProcess.run(
            ["assess", "--resume", "--db", db], input: "01:50\n", environment: ["TZ": "UTC"])
        #expect(resumed.stderr.contains("by Mo Manager: 1 answers kept."), "\(resumed.stderr)")
        #expect(resumed.stdout.hasPrefix("Escalation thresholds"), "\(resumed.stdout)")
        #expect(!resumed.stdout.contains("Has personal data"))
    }
}
