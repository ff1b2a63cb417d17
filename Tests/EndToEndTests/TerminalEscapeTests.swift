import Foundation
import Testing

/// Control characters from people and files (names, answers, scenario text, an LRS's error body)
/// are shown escaped, never sent raw to the terminal.
@Suite("terminal escapes in output")
struct TerminalEscapeTests {
    /// Sets the window title and rings the bell; shown escaped, it is harmless text.
    static let title = "\u{1B}]0;owned\u{07}"
    static let titleEscaped = "\\u001b]0;owned\\u0007"

    /// True when `text` holds any control character but line feed and tab (NO_COLOR is set, so
    /// not even a colour code is expected).
    static func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" || (0x7F...0x9F).contains($0.value) }
    }

    @Test func aNameAndAnAnswerAreShownEscaped() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        let name = "Eve \(Self.title)Trainee"
        var steps = try BundledScenarios.analysis("scam-link").best_path.map(\.input)
        let record = try #require(steps.firstIndex { $0.hasSuffix("\n\n") })
        steps[record] = "\u{1B}[2J\u{9B}31m" + steps[record]

        let played = try SafeDrillProcess.run(["play", "--new-person", "scam-link", "--as", name, "--mode", "practice", "--db", db], input: steps.joined())
        let listed = try SafeDrillProcess.run(["records", "list", "--db", db])
        let id = try RecordsCommandTests.latestAttempt(of: name, scenario: "scam-link", db: db)
        let shown = try SafeDrillProcess.run(["records", "show", id, "--db", db])

        #expect(played.status == 0, "\(played.stderr)")
        for run in [played, listed, shown] {
            #expect(!Self.hasControl(run.stdout + run.stderr), "\((run.stdout + run.stderr).debugDescription)")
        }
        #expect(listed.stdout.contains("Eve \(Self.titleEscaped)Trainee"), "\(listed.stdout)")
        #expect(shown.stdout.contains("\\u001b[2J\\u009b31m"), "\(shown.stdout)")
    }

    @Test func validateRefusesAControlCharacterInScenarioText() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let original = try String(contentsOf: SafeDrillProcess.projectRoot.appendingPathComponent("Scenarios/scam-link.yaml"), encoding: .utf8)
        let line = try #require(original.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("title:") })
        var lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[line] = #"title: "A link that \e[2Jclears the screen""#
        try lines.joined(separator: "\n").write(to: folder.appendingPathComponent("scam-link.yaml"), atomically: true, encoding: .utf8)

        let result = try SafeDrillProcess.run(["validate", "scam-link.yaml"], in: folder)

        #expect(result.status == 1, "\(result.stdout)")
        #expect(result.stdout.contains("scam-link.yaml:\(line + 1):21: error[SD008]: the text holds a control character (U+001B)"), "\(result.stdout)")
        #expect(!Self.hasControl(result.stdout + result.stderr))
    }

    @Test func anLRSErrorBodyIsShownEscaped() throws {
        let lrs = try MisbehavingLRS(.rejectWithEscapes)
        let db = try SafeDrillProcess.temporaryFolder().appendingPathComponent("r.sqlite").path
        try RecordsCommandTests.playToCompetent("scam-link", as: "Ann Trainee", db: db)

        let result = try SafeDrillProcess.run(
            ["sync", "--lrs", lrs.endpoint, "--user", "u", "--db", db], environment: ["SAFEDRILL_LRS_PASSWORD": "pw"])

        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("HTTP 400: bad statement \\u001b[2J"), "\(result.stdout)")
        #expect(!Self.hasControl(result.stdout + result.stderr), "\((result.stdout + result.stderr).debugDescription)")
    }
}
