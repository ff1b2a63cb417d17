import Foundation
import Testing

/// The trainer in a real terminal: readline editing, completion, Ctrl-C, and a kill mid-scenario.
@Suite("play in a terminal", .serialized, .enabled(if: TerminalSession.isAvailable, "tmux is not installed"))
struct TerminalTests {
    @Test func tabCompletesCommandsAndScenarioIDs() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let terminal = try TerminalSession(["--as", "Jo", "--db", folder.appendingPathComponent("r.sqlite").path])
        try terminal.waitFor("safedrill>")
        try terminal.type("pl", enter: false)
        try terminal.key("Tab")
        try terminal.type("scam-l", enter: false)
        try terminal.key("Tab")
        try terminal.waitFor("safedrill> play scam-link")
        try terminal.key("Enter")
        try terminal.waitFor("The locked-account message")
        #expect(try terminal.waitFor("[stage 1 of 6: safety"))
    }

    /// Found driving the REPL in tmux: readline drew the prompt again after each line, and output
    /// shorter than the prompt left its tail on screen ("Commands:>").
    @Test func outputAfterALineIsNotWrittenOverARedrawnPrompt() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let terminal = try TerminalSession(["--as", "Jo", "--db", folder.appendingPathComponent("r.sqlite").path])
        try terminal.waitFor("safedrill>")
        try terminal.type("help")
        try terminal.waitFor("Tab completes commands")
        let rows = try terminal.visibleRows()
        #expect(rows.contains("Commands:"), "\(rows)")
        #expect(!rows.contains { $0.hasPrefix("Commands:") && $0 != "Commands:" }, "\(rows)")
    }

    @Test func ctrlCClearsTheLineAndOnAnEmptyLineOffersToSaveAndLeave() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let terminal = try TerminalSession(["play", "scam-link", "--as", "Jo", "--db", folder.appendingPathComponent("r.sqlite").path])
        try terminal.waitFor("[stage 1 of 6: safety")
        try terminal.type("half an answer", enter: false)
        try terminal.key("C-c")
        try terminal.type("stage")
        try terminal.waitFor("You are at stage 1 of 6: safety")
        #expect(!(try terminal.screen().contains("'half an answer'")), "the cleared text was not taken as an answer")
        try terminal.key("C-c")
        try terminal.waitFor("Save and leave? You can resume later. [y/N]")
        try terminal.type("y")
        let history = try SafeDrillProcess.run(["history", "--as", "Jo", "--db", folder.appendingPathComponent("r.sqlite").path])
        #expect(history.stdout.contains("unfinished"))
    }

    @Test func killedMidScenarioResumesWithEveryAnswerKept() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        let steps = try BundledScenarios.analysis("staff-boundary-breach").best_path
        let terminal = try TerminalSession(["play", "staff-boundary-breach", "--as", "Jo", "--mode", "assessment", "--db", db])
        try terminal.waitFor("[stage 1 of 6: safety")
        let before = 8
        for step in steps.prefix(before) { try typeStep(step.input, into: terminal) }
        Thread.sleep(forTimeInterval: 1)
        kill(try terminal.pid(), SIGKILL)
        Thread.sleep(forTimeInterval: 0.3)

        let again = try TerminalSession(["resume", "--as", "Jo", "--db", db])
        try again.waitFor("\(before) answers kept")
        for step in steps.dropFirst(before) { try typeStep(step.input, into: again) }
        #expect(try again.waitFor("Result: Competent (", timeout: 20))
    }

    @Test func aLowerCaseLoginIsWelcomedBackAndResumesTheUnfinishedAttempt() throws {
        let db = try SafeDrillProcess.temporaryFolder().appendingPathComponent("r.sqlite").path
        let (prefix, _) = try PeopleCommandTests.unfinishedAttempt(db: db)
        let terminal = try TerminalSession(["--db", db])
        try terminal.waitFor("Your name:")
        try terminal.type("sam carer")
        try terminal.waitFor("Welcome back, Sam Carer. Unfinished attempts:")
        try terminal.waitFor("Type 'resume \(prefix)' to carry on.")
        try terminal.type("resume \(prefix)")
        #expect(try terminal.waitFor("3 answers kept"))
    }

    /// Types one step of a path: a line of numbers, or a record's lines then an empty line.
    private func typeStep(_ input: String, into terminal: TerminalSession) throws {
        var lines = input.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        for line in lines {
            try terminal.type(line)
            Thread.sleep(forTimeInterval: 0.05)
        }
        Thread.sleep(forTimeInterval: 0.15)
    }
}
