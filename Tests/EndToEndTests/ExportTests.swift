import Foundation
import Testing

/// `safedrill export` on records made by `play`, read back as HR's and other tools' readers would.
@Suite("export csv, json and xapi, end to end")
struct ExportTests {
    /// A store with a Competent assessment, a Not yet competent attempt with a supervisor, and one voided.
    private static func playedStore() throws -> (folder: URL, db: String, competent: String, failed: String, voided: String) {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        let competent = try RecordsCommandTests.playToCompetent("scam-link", as: "Ada Trainee", db: db)
        try SafeDrillProcess.register("Sam Senior", role: "supervisor", db: db)
        let worst = try BundledScenarios.analysis("coercive-texting").worst_path.map(\.input).joined()
        let played = try SafeDrillProcess.run(
            ["play", "--new-person", "coercive-texting", "--as", "Ben, \"BJ\" Trainee", "--mode", "supervision", "--supervisor", "Sam Senior", "--db", db],
            input: worst)
        #expect(played.status == 0, "\(played.stderr)")
        let failed = try RecordsCommandTests.latestAttempt(of: "Ben, \"BJ\" Trainee", scenario: "coercive-texting", db: db)
        let voided = try RecordsCommandTests.playToCompetent("lost-work-phone", as: "Ada Trainee", db: db)
        let void = try SafeDrillProcess.run(["records", "void", voided, "--reason", "=played on a shared login", "--db", db])
        #expect(void.status == 0, "\(void.stderr)")
        return (folder, db, competent, failed, voided)
    }

    /// Runs `python` (python3 on the path by default) with `script`, which prints JSON; returns it decoded.
    private static func python(_ script: String, _ arguments: [String], python: String = "python3") throws -> Any {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, "-c", script] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try JSONSerialization.jsonObject(with: data)
    }

    /// The column names in the CSV table of docs/exports.md, in order.
    private static var documentedColumns: [String] {
        get throws {
            let docs = try String(contentsOf: SafeDrillProcess.projectRoot.appendingPathComponent("docs/exports.md"), encoding: .utf8)
            let section = docs.components(separatedBy: "## CSV").dropFirst().first?.components(separatedBy: "## JSON").first ?? ""
            return section.split(separator: "\n").compactMap { line in
                line.wholeMatch(of: #/\| `([a-z0-9_]+)` \|.*/#).map { String($0.1) }
            }
        }
    }

    @Test func csvOpensInPythonsCSVModuleWithTheDocumentedColumns() throws {
        let (folder, db, competent, failed, voided) = try Self.playedStore()
        let out = folder.appendingPathComponent("attempts.csv").path

        let exported = try SafeDrillProcess.run(["export", "--format", "csv", "--out", out, "--db", db])

        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stderr == "Wrote 3 attempts to \(out) (personal data, readable by you only).\n")
        let mode = try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        let read = try #require(try Self.python("""
            import csv, json, sys
            with open(sys.argv[1], newline="") as f:
                reader = csv.DictReader(f)
                print(json.dumps({"columns": reader.fieldnames, "rows": list(reader)}))
            """, [out]) as? [String: Any])
        let columns = try #require(read["columns"] as? [String])
        let rows = try #require(read["rows"] as? [[String: String]])
        #expect(columns == (try Self.documentedColumns))
        #expect(columns.count == 25)
        #expect(rows.map { $0["attempt_id"] } == [competent, failed, voided])
        let listed = try RecordsCommandTests.listJSON([], db: db)
        for row in rows {
            let stored = try #require(listed.first { $0["id"] as? String == row["attempt_id"] })
            #expect(row["percent"] == String(format: "%.1f", stored["percent"] as? Double ?? -1))
            #expect(row["status"] == "completed")
        }
        #expect(rows[0]["trainee"] == "Ada Trainee")
        #expect(rows[0]["outcome"] == "competent")
        #expect(rows[0]["mode"] == "assessment")
        #expect(rows[0]["critical_errors"] == "0")
        #expect(rows[1]["trainee"] == "Ben, \"BJ\" Trainee")
        #expect(rows[1]["supervisor"] == "Sam Senior")
        #expect(rows[1]["outcome"] == "not_yet_competent")
        #expect(Int(rows[1]["critical_errors"] ?? "") ?? 0 > 0)
        #expect(rows[2]["void"] == "true")
        #expect(rows[2]["void_reason"] == "'=played on a shared login")
        #expect(rows[0]["trainee_account"] == rows[2]["trainee_account"])
        #expect(rows[0]["trainee_account"]?.count == 32)
        for stage in ["safety", "evidence", "timeline", "thresholds", "safeguards", "review"] {
            #expect(Double(rows[0]["\(stage)_percent"] ?? "") != nil, "\(stage)")
        }
    }

    @Test func jsonSaysWhatItHoldsAndCarriesEverythingAboutEachAttempt() throws {
        let (_, db, competent, failed, voided) = try Self.playedStore()

        let exported = try SafeDrillProcess.run(["export", "--format", "json", "--db", db])

        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stdout.hasPrefix("{\n  \"contains\" : \"Personal data:"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [String: Any])
        #expect(document["format"] as? String == "safedrill-export/1")
        let records = try #require(document["records"] as? [[String: Any]])
        #expect(records.map { $0["id"] as? String } == [competent, failed, voided])
        let shown = try SafeDrillProcess.run(["records", "show", failed, "--json", "--db", db])
        let stored = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        let storedAnswers = try #require(stored["answers"] as? [[String: Any]])
        let exportedAnswers = try #require(records[1]["answers"] as? [[String: Any]])
        #expect(exportedAnswers.map { $0["input"] as? String } == storedAnswers.map { $0["input"] as? String })
        #expect((records[1]["supervisor"] as? [String: Any])?["name"] as? String == "Sam Senior")
        let result = try #require(records[1]["result"] as? [String: Any])
        #expect((result["stages"] as? [Any])?.isEmpty == false)
        #expect((result["criticalErrors"] as? [Any])?.isEmpty == false)
        #expect((records[2]["void"] as? [String: Any])?["reason"] as? String == "=played on a shared login")
        #expect(records[0]["void"] == nil)
    }

    @Test func xapiIsTheSameTwiceValidAndLeavesOutVoidedAttempts() throws {
        let (folder, db, competent, failed, _) = try Self.playedStore()
        let out = folder.appendingPathComponent("statements.json").path

        let first = try SafeDrillProcess.run(["export", "--format", "xapi", "--db", db])
        let second = try SafeDrillProcess.run(["export", "--format", "xapi", "--db", db, "--out", out])

        #expect(first.status == 0, "\(first.stderr)")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == first.stdout)
        let statements = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [[String: Any]])
        let answers = try [competent, failed].map { id in
            let shown = try SafeDrillProcess.run(["records", "show", id, "--json", "--db", db])
            let stored = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
            return (stored["answers"] as? [Any])?.count ?? 0
        }
        #expect(statements.count == answers.reduce(0, +) + 2 * 4)
        let registrations = statements.compactMap { ($0["context"] as? [String: Any])?["registration"] as? String }
        #expect(Set(registrations) == [competent, failed])
        let ids = statements.compactMap { $0["id"] as? String }
        #expect(Set(ids).count == statements.count)
        #expect(ids.allSatisfy { UUID(uuidString: $0) != nil && $0 == $0.lowercased() })
        for name in ["Ada", "Ben", "Sam Senior"] { #expect(!first.stdout.contains(name)) }
        let verbs = statements.compactMap { ($0["verb"] as? [String: Any])?["id"] as? String }
        #expect(verbs.filter { $0.hasSuffix("/passed") }.count == 1)
        #expect(verbs.filter { $0.hasSuffix("/failed") }.count == 1)
        let scaled = statements.compactMap { (($0["result"] as? [String: Any])?["score"] as? [String: Any])?["scaled"] as? Double }
        #expect(!scaled.isEmpty && scaled.allSatisfy { (-1...1).contains($0) })
    }

    @Test func xapiPassesRalphsOwnStatementModel() throws {
        let (folder, db, _, _, _) = try Self.playedStore()
        let out = folder.appendingPathComponent("statements.json").path
        let python = LearningRecordStore.virtualEnvironment.appendingPathComponent("bin/python").path
        try #require(FileManager.default.isExecutableFile(atPath: python), "Ralph is not installed in .build/lrs-venv: run `make test` or `make lrs-venv`")

        let exported = try SafeDrillProcess.run(["export", "--format", "xapi", "--out", out, "--db", db])

        #expect(exported.status == 0, "\(exported.stderr)")
        let checked = try #require(try Self.python("""
            import json, sys
            from ralph.models.xapi.base.statements import BaseXapiStatement
            problems = []
            statements = json.load(open(sys.argv[1]))
            for statement in statements:
                try:
                    BaseXapiStatement(**statement)
                except Exception as error:
                    problems.append(statement["id"] + ": " + str(error))
            print(json.dumps({"checked": len(statements), "problems": problems}))
            """, [out], python: python) as? [String: Any])
        #expect((checked["checked"] as? Int ?? 0) > 10)
        #expect(checked["problems"] as? [String] == [])
    }

    /// A void reason holding "\r\n" (one Swift `Character`) and a formula after it stays one field
    /// of one row, and no physical line of the file starts like a formula.
    @Test func aLineBreakInAReasonCannotSplitTheRowOrStartAFormula() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        let attempt = try RecordsCommandTests.playToCompetent("scam-link", as: "Ada Trainee", db: db)
        let reason = "shared login\r\n@SUM(1+1)*cmd|' /C calc'!A0"
        let void = try SafeDrillProcess.run(["records", "void", attempt, "--reason", reason, "--db", db])
        try #require(void.status == 0, "\(void.stderr)")
        let out = folder.appendingPathComponent("attempts.csv").path

        let exported = try SafeDrillProcess.run(["export", "--format", "csv", "--out", out, "--db", db])

        #expect(exported.status == 0, "\(exported.stderr)")
        let rows = try #require(try Self.python("""
            import csv, json, sys
            with open(sys.argv[1], newline="") as f:
                print(json.dumps(list(csv.DictReader(f))))
            """, [out]) as? [[String: String]])
        #expect(rows.count == 1)
        #expect(rows.first?["void_reason"] == "shared login\r\n'@SUM(1+1)*cmd|' /C calc'!A0")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        let lines = text.unicodeScalars.split(whereSeparator: { $0 == "\r" || $0 == "\n" }).map { String(String.UnicodeScalarView($0)) }
        #expect(!lines.contains { $0.first.map { "=+-@".contains($0) } ?? false }, "\(text.debugDescription)")
    }

    /// `--out` aimed at a symbolic link must not write through it to the file it points at.
    @Test func outRefusesASymbolicLinkAndLeavesItsTargetAlone() throws {
        let (folder, db, _, _, _) = try Self.playedStore()
        let target = folder.appendingPathComponent("precious.txt").path
        try "precious\n".write(toFile: target, atomically: true, encoding: .utf8)
        let link = folder.appendingPathComponent("attempts.csv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)

        let exported = try SafeDrillProcess.run(["export", "--format", "csv", "--out", link, "--db", db])

        #expect(exported.status == 2, "\(exported.stderr)")
        #expect(exported.stderr.contains("error: cannot write \(link): it is a symbolic link"), "\(exported.stderr)")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "precious\n")
    }

    @Test func sinceInTheFutureGivesTheHeaderOnly() throws {
        let (_, db, _, _, _) = try Self.playedStore()

        let exported = try SafeDrillProcess.run(["export", "--format", "csv", "--since", "2999-01-01", "--db", db])

        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stdout == (try Self.documentedColumns).joined(separator: ",") + "\r\n")
    }

    @Test(arguments: [
        (["--format", "xml"], "Error: The value 'xml' is invalid for '--format <format>'"),
        (["--format", "csv", "--since", "last week"], "Error: --since must be a date such as 2026-03-01"),
        (["--format", "csv", "--out", "/nonexistent-folder/attempts.csv"], "error: cannot write /nonexistent-folder/attempts.csv: no such file or directory"),
    ])
    func badInputIsAClearErrorWithExit2(arguments: [String], message: String) throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path

        let exported = try SafeDrillProcess.run(["export"] + arguments + ["--db", db])

        #expect(exported.status == 2)
        #expect(exported.stderr.hasPrefix(message), "\(exported.stderr)")
        #expect(exported.stdout.isEmpty)
    }
}
