import Foundation
import Testing

/// `records list`, `show`, `purge` and `export`, run as a user would, on records made by `play`.
@Suite("records list, show, purge and export, end to end")
struct RecordsCommandTests {
    /// Plays `scenario` as `name` to Competent in assessment mode; returns the attempt id.
    @discardableResult
    static func playToCompetent(_ scenario: String, as name: String, db: String, extra: [String] = []) throws -> String {
        let input = try BundledScenarios.analysis(scenario).best_path.map(\.input).joined()
        let played = try SafeDrillProcess.run(["play", "--new-person", scenario, "--as", name, "--mode", "assessment", "--db", db] + extra, input: input)
        #expect(played.status == 0, "\(played.stderr)")
        return try latestAttempt(of: name, scenario: scenario, db: db)
    }

    static func latestAttempt(of name: String, scenario: String, db: String) throws -> String {
        let listed = try SafeDrillProcess.run(["records", "list", "--trainee", name, "--scenario", scenario, "--json", "--db", db])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        return try #require(rows.first?["id"] as? String)
    }

    static func listJSON(_ filters: [String], db: String) throws -> [[String: Any]] {
        let listed = try SafeDrillProcess.run(["records", "list", "--json", "--db", db] + filters)
        #expect(listed.status == 0, "\(listed.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
    }

    static func write(_ text: String, to path: String) throws {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// A supervisor key and a sign-off of the induction pack for `trainee`, who has the evidence.
    static func signOff(_ trainee: String, db: String, folder: URL) throws {
        let pass = try StaffKeys.passphraseFile(in: folder)
        let (key, made) = try StaffKeys.make("Sue Supervisor", file: "sue.key", db: db, folder: folder)
        #expect(made.status == 0, "\(made.stderr)")
        try Moderating.confirmCompetentAttempts(of: trainee, as: "Sue Supervisor", db: db)
        let signed = try SafeDrillProcess.run(["signoff", "--trainee", trainee, "--pack", "digital-safeguarding-induction", "--key", key, "--passphrase-file", pass, "--method", "simulation", "--comments", "Calm and thorough", "--db", db])
        #expect(signed.status == 0, "\(signed.stderr)")
    }

    @Test func listFiltersByTraineeScenarioStatusAndDateAndPrintsJSONRows() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        for scenario in ["coercive-texting", "scam-link", "staff-boundary-breach"] {
            try Self.playToCompetent(scenario, as: "Sam", db: db)
        }
        try Self.signOff("Sam", db: db, folder: folder)
        let worst = try BundledScenarios.analysis("scam-link").worst_path.map(\.input).joined()
        let failed = try SafeDrillProcess.run(["play", "--new-person", "scam-link", "--as", "Alex", "--mode", "assessment", "--db", db], input: worst)
        #expect(failed.status == 0, "\(failed.stderr)")
        // Stopped after nothing: the attempt stays in progress.
        _ = try SafeDrillProcess.run(["play", "--new-person", "coercive-texting", "--as", "Alex", "--mode", "practice", "--db", db], input: "")

        let all = try Self.listJSON([], db: db)
        #expect(all.count == 6)
        let signOffRow = try #require(all.first { $0["kind"] as? String == "signoff" })
        #expect(signOffRow["trainee"] as? String == "Sam")
        #expect(signOffRow["subject"] as? String == "digital-safeguarding-induction")
        #expect(signOffRow["status"] as? String == "signed")
        #expect(signOffRow["void"] as? Bool == false)
        let attemptRow = try #require(all.first { $0["kind"] as? String == "attempt" && $0["trainee"] as? String == "Sam" })
        #expect(Set(attemptRow.keys) == ["at", "id", "kind", "percent", "status", "subject", "trainee", "void"])
        #expect(attemptRow["status"] as? String == "competent")
        #expect((attemptRow["id"] as? String)?.count == 36)
        // Newest first.
        let times = all.compactMap { $0["at"] as? String }
        #expect(times.count == 6 && times == times.sorted(by: >))

        let sams = try Self.listJSON(["--trainee", "Sam"], db: db)
        #expect(sams.count == 4)
        #expect(sams.allSatisfy { $0["trainee"] as? String == "Sam" })

        let scamLink = try Self.listJSON(["--scenario", "scam-link"], db: db)
        #expect(Set(scamLink.compactMap { $0["trainee"] as? String }) == ["Sam", "Alex"])
        #expect(scamLink.allSatisfy { $0["subject"] as? String == "scam-link" && $0["kind"] as? String == "attempt" })

        let notYet = try Self.listJSON(["--status", "not_yet_competent"], db: db)
        #expect(notYet.map { $0["trainee"] as? String } == ["Alex"])
        let competent = try Self.listJSON(["--status", "competent"], db: db)
        #expect(competent.count == 3)
        let inProgress = try Self.listJSON(["--status", "in_progress"], db: db)
        #expect(inProgress.count == 1)
        #expect(inProgress.first?["subject"] as? String == "coercive-texting")
        #expect(inProgress.first?["kind"] as? String == "attempt")
        let completed = try Self.listJSON(["--status", "completed"], db: db)
        #expect(completed.count == 4)
        #expect(completed.allSatisfy { $0["kind"] as? String == "attempt" })

        let alexScam = try #require(scamLink.first { $0["trainee"] as? String == "Alex" }?["id"] as? String)
        let voided = try SafeDrillProcess.run(["records", "void", alexScam, "--reason", "played on the wrong account", "--db", db])
        #expect(voided.status == 0, "\(voided.stderr)")
        #expect(try Self.listJSON(["--status", "void"], db: db).compactMap { $0["id"] as? String } == [alexScam])
        #expect(try Self.listJSON(["--status", "valid"], db: db).count == 5)

        #expect(try Self.listJSON(["--since", "2000-01-01"], db: db).count == 6)
        #expect(try Self.listJSON(["--since", "2999-01-01"], db: db).isEmpty)
        let none = try SafeDrillProcess.run(["records", "list", "--since", "2999-01-01", "--db", db])
        #expect(none.stdout == "No records.\n")
        let badDate = try SafeDrillProcess.run(["records", "list", "--since", "yesterday", "--db", db])
        #expect(badDate.status != 0)
        #expect(badDate.stderr.contains("--since must be a date"))

        let newestTwo = try Self.listJSON(["--limit", "2"], db: db)
        #expect(newestTwo.compactMap { $0["id"] as? String } == all.prefix(2).compactMap { $0["id"] as? String })
        #expect(try Self.listJSON(["--limit", "1", "--trainee", "Sam", "--status", "competent"], db: db).count == 1)
        let zero = try SafeDrillProcess.run(["records", "list", "--limit", "0", "--db", db])
        #expect(zero.status == 2)
        #expect(zero.stderr.contains("--limit must be 1 or more"))

        let text = try SafeDrillProcess.run(["records", "list", "--trainee", "Alex", "--db", db])
        let lines = text.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.contains { $0.contains("attempt  Alex  scam-link  not_yet_competent") && $0.hasSuffix("VOID") })
    }

    /// A NUL byte in a piped answer once cut the stored answer short at the NUL (GRDB hands SQLite
    /// a C string): the whole answer must reach the records.
    @Test func aNULInAnAnswerDoesNotCutTheStoredAnswerShort() throws {
        let db = try SafeDrillProcess.temporaryFolder().appendingPathComponent("r.sqlite").path
        var steps = try BundledScenarios.analysis("scam-link").best_path.map(\.input)
        let record = try #require(steps.firstIndex { $0.hasSuffix("\n\n") })
        steps[record] = "Before the NUL\0 and after-the-NUL too.\n" + steps[record]

        let played = try SafeDrillProcess.run(["play", "--new-person", "scam-link", "--as", "Sam", "--mode", "practice", "--db", db], input: steps.joined())
        let id = try Self.latestAttempt(of: "Sam", scenario: "scam-link", db: db)
        let shown = try SafeDrillProcess.run(["records", "show", id, "--db", db])

        #expect(played.status == 0, "\(played.stderr)")
        #expect(shown.stdout.contains("Before the NUL and after-the-NUL too."), "\(shown.stdout)")
    }

    @Test func showReplaysAnAttemptFromTheStoredSourceAfterTheScenarioFileChanged() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        let scenarios = folder.appendingPathComponent("Scenarios")
        try FileManager.default.copyItem(at: SafeDrillProcess.projectRoot.appendingPathComponent("Scenarios"), to: scenarios)
        let id = try Self.playToCompetent("scam-link", as: "Sam", db: db, extra: ["--scenarios", scenarios.path])

        let file = scenarios.appendingPathComponent("scam-link.yaml")
        let original = try String(contentsOf: file, encoding: .utf8)
        let opening = "It is 02:10 on Saturday 14 March."
        #expect(original.contains(opening))
        try original.replacingOccurrences(of: opening, with: "REWRITTEN OPENING.").write(to: file, atomically: true, encoding: .utf8)

        let shown = try SafeDrillProcess.run(["records", "show", String(id.prefix(8)), "--scenarios", scenarios.path, "--db", db])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.hasPrefix("Attempt \(id): scam-link, assessment, completed, competent"))
        #expect(shown.stdout.contains("1. [night-knock] \(opening)"))
        #expect(!shown.stdout.contains("REWRITTEN"))
        // Every answer of the best path is shown, in order, with the choice's own words.
        let steps = try BundledScenarios.analysis("scam-link").best_path
        let numbered = shown.stdout.split(separator: "\n").filter { $0.contains(/^\d+\. \[/) }
        // Multi-line written answers stay indented under their step.
        #expect(!shown.stdout.contains("\n13/03 21:47"))
        #expect(shown.stdout.contains("\n      13/03 21:47 SMS from sender"))
        #expect(numbered.count == steps.count)
        #expect(zip(numbered, steps).allSatisfy { line, step in line.contains("[\(step.node)]") })

        let json = try SafeDrillProcess.run(["records", "show", id, "--json", "--db", db])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["answers"] as? [Any])?.count == steps.count)
        #expect((object["attempt"] as? [String: Any])?["id"] as? String == id)

        let unknown = try SafeDrillProcess.run(["records", "show", "ffffffff", "--db", db])
        #expect(unknown.status == 2)
    }

    @Test func purgeRemovesOnlyOldRecordsLogsTheDisposalAndVerifyStillPasses() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        let facts = folder.appendingPathComponent("facts.yaml").path
        try Self.write("imminent_harm: true\ncare_and_support_needs: true\naware_at: 2018-03-14T02:10:00Z\n", to: facts)
        let old = try SafeDrillProcess.run(["assess", "--facts", facts, "--at", "2018-03-14T02:40:00Z", "--record", "--as", "Mo Manager", "--db", db])
        #expect(old.status == 0, "\(old.stderr)")
        let recent = try SafeDrillProcess.run(["assess", "--facts", facts, "--record", "--as", "Mo Manager", "--db", db])
        #expect(recent.status == 0, "\(recent.stderr)")
        let kept = try Self.playToCompetent("scam-link", as: "Sam", db: db)
        #expect(try SafeDrillProcess.run(["records", "verify", "--db", db]).stdout.hasPrefix("OK: 3 records"))

        let purged = try SafeDrillProcess.run(["records", "purge", "--older-than", "6y", "--db", db])
        #expect(purged.status == 0, "\(purged.stderr)")
        #expect(purged.stdout.hasPrefix("Purged 1 records older than 6y, logged as disposal "))

        let verify = try SafeDrillProcess.run(["records", "verify", "--db", db])
        #expect(verify.status == 0, "\(verify.stdout)")
        #expect(verify.stdout.hasPrefix("OK: 4 records"))
        #expect(try Self.query(db, "SELECT count(*) FROM decision") == "1")
        #expect(try Self.query(db, "SELECT kind || ' ' || reason FROM disposal") == "purge retention: older than 6y")
        #expect(try Self.query(db, "SELECT kind FROM chain_entry ORDER BY seq DESC LIMIT 1") == "disposal")
        #expect(try Self.listJSON([], db: db).compactMap { $0["id"] as? String } == [kept])

        // Nothing old enough: still logged, still verifies.
        let again = try SafeDrillProcess.run(["records", "purge", "--older-than", "1y", "--db", db])
        #expect(again.stdout.hasPrefix("Purged 0 records"))
        #expect(try SafeDrillProcess.run(["records", "verify", "--db", db]).status == 0)
        #expect(try SafeDrillProcess.run(["records", "purge", "--older-than", "6", "--db", db]).status != 0)
    }

    @Test func exportGivesOnePersonEverythingAboutThemAndNobodyElse() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        for scenario in ["coercive-texting", "scam-link", "staff-boundary-breach"] {
            try Self.playToCompetent(scenario, as: "Sam Example", db: db)
        }
        try Self.signOff("Sam Example", db: db, folder: folder)
        try Self.playToCompetent("scam-link", as: "Alex Other", db: db)

        let exported = try SafeDrillProcess.run(["records", "export", "--trainee", "Sam Example", "--db", db])
        #expect(exported.status == 0, "\(exported.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [String: Any])
        #expect((object["person"] as? [String: Any])?["name"] as? String == "Sam Example")
        let attempts = try #require(object["attempts"] as? [[String: Any]])
        #expect(attempts.count == 3)
        for record in attempts {
            let answers = try #require(record["answers"] as? [[String: Any]])
            #expect(!answers.isEmpty)
            #expect((record["attempt"] as? [String: Any])?["outcome"] as? String == "competent")
        }
        let signOffs = try #require(object["signOffsAbout"] as? [[String: Any]])
        #expect(signOffs.count == 1)
        #expect(signOffs.first?["comments"] as? String == "Calm and thorough")
        #expect(!exported.stdout.contains("Alex"))
        // The supervisor who moderated Sam's free text is named there, as the export says, and nowhere else.
        let sueNamed = exported.stdout.components(separatedBy: "Sue").count - 1
        let sueModerated = exported.stdout.components(separatedBy: "\"moderator\" : \"Sue Supervisor\"").count - 1
        #expect(sueModerated > 0 && sueNamed == sueModerated, "\(exported.stdout)")
        // It says what it is before anything else.
        let top = exported.stdout.split(separator: "\n").dropFirst().first ?? ""
        #expect(top.contains("\"about\""))
        let about = try #require(object["about"] as? String)
        #expect(about.contains("Sam Example") && about.contains("attempts") && about.contains("sign-offs"))

        let nobody = try SafeDrillProcess.run(["records", "export", "--trainee", "Nobody", "--db", db])
        #expect(nobody.status == 2)
    }

    static func query(_ db: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [db, sql]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
