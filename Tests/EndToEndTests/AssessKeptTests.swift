import Foundation
import Testing

/// Live decisions are kept by default, interrupted interviews resume, and kept decisions can be
/// listed, shown and written out for the case file.
@Suite("assess keeps decisions")
struct AssessKeptTests {
    static let at = "2026-03-14T02:40:00Z"
    static let facts = "imminent_harm: true\naware_at: 2026-03-14T02:10:00Z\npersonal_data_breach: false\n"

    static func run(_ arguments: [String], input: String = "", in folder: URL) throws -> RunResult {
        try SafeDrillProcess.run(arguments + ["--db", folder.appendingPathComponent("r.sqlite").path], input: input, environment: AssessTests.environment, in: folder)
    }

    @Test func aDecisionIsKeptWithWhoMadeItAndListedAndShown() throws {
        let folder = try AssessTests.folder(files: ["facts.yaml": Self.facts])
        let assess = try Self.run(["assess", "--policy", "policy.yaml", "--facts", "facts.yaml", "--at", Self.at, "--as", "Mo Manager"], in: folder)
        #expect(assess.status == 0, "\(assess.stderr)")
        let id = try #require(assess.stderr.firstMatch(of: /Recorded as decision ([0-9a-f]{8})/)?.1)
        let list = try Self.run(["decisions", "list"], in: folder)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("  \(id)  Sat 14 Mar 2026 02:40 GMT  Mo Manager  required: police"), "\(list.stdout)")
        let show = try Self.run(["decisions", "show", String(id)], in: folder)
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("made Sat 14 Mar 2026 02:40 GMT by Mo Manager"))
        #expect(show.stdout.contains("  imminent_harm: true"))
        #expect(show.stdout.contains("  required: police (due 2026-03-15T02:10:00Z)\n    - Someone is in danger."))
        #expect(show.stdout.contains("  not required: ico_report"))
        let verify = try Self.run(["records", "verify"], in: folder)
        #expect(verify.stdout.contains("1 records in the chain"), "\(verify.stdout)")
        let missing = try Self.run(["decisions", "show", "ffffffff"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no decision 'ffffffff'"))
    }

    @Test func noRecordKeepsNothing() throws {
        let folder = try AssessTests.folder(files: ["facts.yaml": Self.facts])
        let assess = try Self.run(["assess", "--policy", "policy.yaml", "--facts", "facts.yaml", "--no-record"], in: folder)
        #expect(assess.status == 0, "\(assess.stderr)")
        #expect(assess.stderr == "")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("r.sqlite").path))
        let both = try Self.run(["assess", "--policy", "policy.yaml", "--facts", "facts.yaml", "--no-record", "--record"], in: folder)
        #expect(both.status == 2)
    }

    @Test func theCaseFileSummaryIsAPrivateSelfContainedPage() throws {
        let folder = try AssessTests.folder(files: ["facts.yaml": Self.facts])
        let assess = try Self.run(
            ["assess", "--policy", "policy.yaml", "--facts", "facts.yaml", "--at", Self.at, "--as", "Mo Manager", "--html", "case.html"], in: folder)
        #expect(assess.status == 0, "\(assess.stderr)")
        let id = try #require(assess.stderr.firstMatch(of: /Recorded as decision ([0-9a-f]{8})/)?.1)
        let shown = try Self.run(["decisions", "show", String(id), "--policy", "policy.yaml", "--html", "again.html"], in: folder)
        #expect(shown.status == 0, "\(shown.stderr)")
        for name in ["case.html", "again.html"] {
            let path = folder.appendingPathComponent(name).path
            let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(permissions == 0o600, "\(name)")
            let page = try String(contentsOfFile: path, encoding: .utf8)
            #expect(page.hasPrefix("<!DOCTYPE html>"))
            #expect(page.contains("default-src 'none'"))
            #expect(!page.contains("<script") && !page.contains("<link") && !page.contains("src="), "self-contained")
            #expect(page.contains("Report to the police"))
            #expect(page.contains("by Mo Manager"))
            #expect(page.contains("Someone is in danger."))
            #expect(page.contains("Stage 1."))
            #expect(page.contains("@media print"))
        }
    }

    @Test func anInterviewCutShortByTheEndOfInputResumesWhereItStopped() throws {
        let folder = try AssessTests.folder()
        let first = try Self.run(["assess", "--policy", "policy.yaml", "--at", Self.at, "--as", "Mo Manager"], input: "yes\n", in: folder)
        #expect(first.status == 3, "\(first.stdout)\(first.stderr)")
        let draft = try #require(first.stderr.firstMatch(of: /kept as draft ([0-9a-f]{8})/)?.1, "\(first.stderr)")
        #expect(!first.stderr.contains("Recorded as decision"))
        let list = try Self.run(["decisions", "list"], in: folder)
        #expect(list.stdout.contains("No decisions recorded."))
        #expect(list.stdout.contains("Not finished (safedrill assess --resume ID):\n  \(draft)"), "\(list.stdout)")
        #expect(list.stdout.contains("Mo Manager  1 answers"))

        let resumed = try Self.run(["assess", "--policy", "policy.yaml", "--resume", String(draft)], input: "2026-03-14T02:10:00Z\nno\n", in: folder)
        #expect(resumed.status == 0, "\(resumed.stdout)\(resumed.stderr)")
        #expect(resumed.stderr.contains("Resuming draft \(draft) by Mo Manager: 1 answers kept."))
        #expect(!resumed.stdout.contains("Is anyone in danger now?"), "answered before the input ended")
        #expect(resumed.stdout.contains("When did staff first know?"))
        #expect(resumed.stdout.contains("[ ] Report to the police\n    by Sun 15 Mar 02:10 (in 23 h 30 min) · Police\n"), "decided at the first run's --at")
        #expect(resumed.stderr.contains("Recorded as decision"))
        let after = try Self.run(["decisions", "list"], in: folder)
        #expect(!after.stdout.contains("Not finished"), "the draft goes once its decision is kept")
        #expect(after.stdout.contains("Mo Manager  required: police"))
        let again = try Self.run(["assess", "--policy", "policy.yaml", "--resume"], in: folder)
        #expect(again.status == 2)
        #expect(again.stderr.contains("there is no unfinished interview to resume"))
    }

    /// A store made before drafts (the legacy fixture, from before v5) upgrades and keeps one.
    @Test func aStoreFromBeforeDraftsUpgradesAndKeepsThem() throws {
        let folder = try AssessTests.folder()
        let fixture = SafeDrillProcess.projectRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/legacy-store/records.sqlite")
        try FileManager.default.copyItem(at: fixture, to: folder.appendingPathComponent("r.sqlite"))
        let first = try Self.run(["assess", "--policy", "policy.yaml", "--at", Self.at, "--as", "Mo Manager"], input: "yes\n", in: folder)
        #expect(first.status == 3, "\(first.stdout)\(first.stderr)")
        let list = try Self.run(["decisions", "list"], in: folder)
        #expect(list.stdout.contains("Mo Manager  1 answers"), "\(list.stdout)\(list.stderr)")
    }
}
