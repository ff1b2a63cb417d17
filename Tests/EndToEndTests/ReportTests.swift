import Foundation
import Testing

@Suite("report --html and --pdf, through headless Chromium")
struct ReportTests {
    /// A store made by the binary as staff would make it: Sam plays the induction pack's scenarios
    /// well and is signed off; Kim takes the poorest path through two of them.
    static func records(in folder: URL) throws -> String {
        let db = folder.appendingPathComponent("r.sqlite").path
        let pass = try StaffKeys.passphraseFile(in: folder)
        let (key, made) = try StaffKeys.make("Sue Supervisor", file: "sue.key", db: db, folder: folder)
        #expect(made.status == 0, "\(made.stderr)")
        var assessed: [String] = []
        for scenario in ["coercive-texting", "scam-link", "staff-boundary-breach"] {
            let best = try BundledScenarios.analysis(scenario).best_path.map(\.input).joined()
            let played = try SafeDrillProcess.run(["play", "--new-person", scenario, "--as", "Sam Carer", "--mode", "assessment", "--db", db], input: best)
            #expect(played.status == 0, "\(played.stderr)")
            assessed.append(try Moderating.attemptID(playedIn: played.stdout))
        }
        try Moderating.confirmAll(assessed, as: "Sue Supervisor", db: db)
        for scenario in ["scam-link", "coercive-texting"] {
            let worst = try BundledScenarios.analysis(scenario).worst_path.map(\.input).joined()
            let played = try SafeDrillProcess.run(["play", "--new-person", scenario, "--as", "Kim Worker", "--mode", "assessment", "--db", db], input: worst)
            #expect(played.status == 0, "\(played.stderr)")
        }
        let signed = try SafeDrillProcess.run([
            "signoff", "--trainee", "Sam Carer", "--pack", "digital-safeguarding-induction", "--key", key, "--passphrase-file", pass,
            "--method", "observation", "--comments", "Calm and thorough", "--db", db,
        ])
        #expect(signed.status == 0, "\(signed.stderr)")
        return db
    }

    @Test func theTeamAndTraineeReportsRenderWithTheirChartsAndNoErrors() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = try Self.records(in: folder)
        let team = folder.appendingPathComponent("team.html"), sam = folder.appendingPathComponent("sam.html")
        let teamRun = try SafeDrillProcess.run(["report", "--html", team.path, "--db", db])
        #expect(teamRun.status == 0, "\(teamRun.stderr)")
        #expect(teamRun.stdout.contains("Wrote the team report (5 attempts by 2 trainees)"))
        let samRun = try SafeDrillProcess.run(["report", "--html", sam.path, "--trainee", "Sam Carer", "--db", db])
        #expect(samRun.status == 0, "\(samRun.stderr)")
        #expect(samRun.stdout.contains("records check OK"))

        for (file, charts, words) in [(team, 4, ["Kim Worker", "Sam Carer", "digital-safeguarding-induction", "Escalations missed or over-used"]),
                                      (sam, 4, ["Sue Supervisor", "observation", "Calm and thorough", "records in the chain, all intact"])] {
            #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int == 0o600)
            let page = try HeadlessChromium.open(file, in: folder)
            #expect(page.consoleLines.isEmpty, "\(file.lastPathComponent): \(page.consoleLines)")
            #expect(page.screenshotBytes > 10_000, "\(file.lastPathComponent) rendered a screenshot")
            let svgs = page.dom.components(separatedBy: "<svg ").dropFirst()
            #expect(svgs.count >= charts, "\(file.lastPathComponent)")
            for svg in svgs {
                #expect(svg.contains("role=\"img\"") && svg.contains("aria-labelledby=") && svg.contains("<title id=") && svg.contains("<desc id="))
            }
            #expect(page.dom.contains("<th scope=\"col\">") && page.dom.contains("<caption>"))
            #expect(page.dom.contains("Confidential: personal data about staff."))
            for word in words { #expect(page.dom.contains(word), "\(file.lastPathComponent) lacks \(word)") }
        }
    }

    /// The check above must be able to fail: a page that logs a console error and tries to load a
    /// stylesheet its own content security policy forbids is caught on both counts.
    @Test func theConsoleCheckCatchesAScriptErrorAndABlockedLoad() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let page = folder.appendingPathComponent("broken.html")
        try Self.brokenPage.write(to: page, atomically: true, encoding: .utf8)
        let opened = try HeadlessChromium.open(page, in: folder)
        #expect(opened.consoleLines.contains { $0.contains("deliberate console error") }, "\(opened.consoleLines)")
        #expect(opened.consoleLines.contains { $0.contains("missing.css") && $0.contains("Content Security Policy") }, "\(opened.consoleLines)")
    }

    static let brokenPage = """
        <!DOCTYPE html>
        <html lang="en-GB"><head><meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
        <title>deliberately broken</title><link rel="stylesheet" href="missing.css"></head>
        <body><p>broken</p><script>console.error("deliberate console error");</script></body></html>
        """

    @Test func aPDFIsA4AndWrittenPrivateOverAnOlderFile() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = try Self.records(in: folder)
        let pdf = folder.appendingPathComponent("team.pdf"), temporary = folder.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        // A world-readable file already there: the report replaces it, never writes into it.
        try Data("an older copy".utf8).write(to: pdf)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: pdf.path)
        let run = try SafeDrillProcess.run(["report", "--pdf", pdf.path, "--db", db], environment: ["TMPDIR": temporary.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Wrote the team report (5 attempts by 2 trainees) to \(pdf.path)."))
        #expect(try FileManager.default.attributesOfItem(atPath: pdf.path)[.posixPermissions] as? Int == 0o600)
        let bytes = try Data(contentsOf: pdf)
        #expect(bytes.starts(with: Data("%PDF-".utf8)))
        let pages = Self.mediaBoxes(bytes)
        #expect(!pages.isEmpty, "every page names its MediaBox")
        for page in pages {
            #expect(abs(page.width - 595) <= 1 && abs(page.height - 842) <= 1, "A4 is 595 x 842 points, not \(page)")
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: temporary.path).filter { $0.hasPrefix("safedrill-pdf-") }
        #expect(left.isEmpty, "the private folder with the HTML is deleted: \(left)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".part") }.isEmpty)
    }

    @Test func withoutChromiumPDFIsAnInputErrorSayingWhatToDo() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let pdf = folder.appendingPathComponent("team.pdf")
        let run = try SafeDrillProcess.run(
            ["report", "--pdf", pdf.path, "--db", folder.appendingPathComponent("r.sqlite").path], environment: ["PATH": folder.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--pdf needs headless Chromium"), "\(run.stderr)")
        #expect(run.stderr.contains("apt-get install chromium") && run.stderr.contains("--html"))
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
    }

    /// Width and height in points of every `/MediaBox [x0 y0 x1 y1]` in a PDF's bytes.
    static func mediaBoxes(_ bytes: Data) -> [(width: Double, height: Double)] {
        let text = String(decoding: bytes.map { $0 < 128 ? $0 : 32 }, as: UTF8.self)
        return text.matches(of: /\/MediaBox\s*\[\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s*\]/).compactMap { match in
            guard let x0 = Double(match.1), let y0 = Double(match.2), let x1 = Double(match.3), let y1 = Double(match.4) else { return nil }
            return (x1 - x0, y1 - y0)
        }
    }

    @Test func badInputIsAnInputError() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        let out = folder.appendingPathComponent("x.html").path
        let badDate = try SafeDrillProcess.run(["report", "--html", out, "--since", "last tuesday", "--db", db])
        #expect(badDate.status == 2)
        #expect(badDate.stderr.contains("--since must be a date"))
        let nobody = try SafeDrillProcess.run(["report", "--html", out, "--trainee", "Nobody", "--db", db])
        #expect(nobody.status == 2)
        #expect(nobody.stderr.contains("no one called 'Nobody'"))
        let nowhere = try SafeDrillProcess.run(["report", "--html", folder.appendingPathComponent("no/such/folder.html").path, "--db", db])
        #expect(nowhere.status == 2)
        #expect(nowhere.stderr.contains("cannot write \(folder.appendingPathComponent("no/such/folder.html").path): no such file or directory"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}

/// Debian's `chromium`, headless, with a private profile: the page's DOM after rendering, a
/// screenshot, and every console message it logged (script errors, blocked loads).
enum HeadlessChromium {
    struct Page {
        var dom: String
        var consoleLines: [String]
        var screenshotBytes: Int
    }

    static func open(_ file: URL, in folder: URL) throws -> Page {
        let shot = folder.appendingPathComponent(file.deletingPathExtension().lastPathComponent + ".png")
        let dump = try run(["--dump-dom", file.absoluteString], in: folder)
        let screenshot = try run(["--screenshot=\(shot.path)", "--window-size=1280,2400", file.absoluteString], in: folder)
        let size = (try? FileManager.default.attributesOfItem(atPath: shot.path)[.size] as? Int) ?? 0
        return Page(dom: dump.stdout, consoleLines: consoleLines(dump.stderr) + consoleLines(screenshot.stderr), screenshotBytes: size)
    }

    /// Chromium logs each console message as `[pid:tid:time:INFO:CONSOLE:line] "message", source: url (line)`;
    /// everything else on standard error (D-Bus, GPU, sandbox notices) is noise of the headless machine.
    static func consoleLines(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").map(String.init).filter { $0.contains(":CONSOLE") }
    }

    private static func run(_ arguments: [String], in folder: URL) throws -> (stdout: String, stderr: String) {
        let executable = "/usr/bin/chromium"
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            Issue.record("the report tests need Debian's chromium package (.ci/run installs it)")
            return ("", "")
        }
        let profile = folder.appendingPathComponent("chromium-\(UUID().uuidString)")
        let out = folder.appendingPathComponent("chromium-\(UUID().uuidString).out"), err = folder.appendingPathComponent("chromium-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0", "--user-data-dir=\(profile.path)"] + arguments
        // Files, not pipes: helper processes that outlive the browser cannot hold the test up.
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        let deadline = Date().addingTimeInterval(90)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning {
            process.terminate()
            Issue.record("chromium did not finish within 90 s")
        }
        process.waitUntilExit()
        return (try String(contentsOf: out, encoding: .utf8), try String(contentsOf: err, encoding: .utf8))
    }
}
