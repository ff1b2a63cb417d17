import Foundation
import Testing

@Suite("keys, signoff and records verify, end to end")
struct SignOffTests {
    @Test func aSupervisorSignsOffAnInductionOnRealEvidenceAndVerifyPasses() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        let pass = try StaffKeys.passphraseFile(in: folder)
        let wrong = folder.appendingPathComponent("wrong").path
        try "nope\n".write(toFile: wrong, atomically: true, encoding: .utf8)
        let (keyFile, made) = try StaffKeys.make("Sue Supervisor", file: "sue.key", db: db, folder: folder)
        #expect(made.status == 0, "\(made.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: keyFile)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try SafeDrillProcess.run(["keys", "list", "--db", db]).stdout.contains("Sue Supervisor"))

        let refusedEarly = try SafeDrillProcess.run(["signoff", "--trainee", "Sam", "--pack", "digital-safeguarding-induction", "--key", keyFile, "--passphrase-file", pass, "--method", "simulation", "--comments", "ok", "--db", db])
        #expect(refusedEarly.status == 2)

        var attempts: [String] = []
        for scenario in ["coercive-texting", "scam-link", "staff-boundary-breach"] {
            let input = try BundledScenarios.analysis(scenario).best_path.map(\.input).joined()
            let played = try SafeDrillProcess.run(["play", "--new-person", scenario, "--as", "Sam", "--mode", "assessment", "--db", db], input: input)
            #expect(played.status == 0, "\(played.stderr)")
            attempts.append(try Moderating.attemptID(playedIn: played.stdout))
        }
        // The free-text marks are provisional: no sign-off until an assessor moderates them.
        let unmoderated = try SafeDrillProcess.run(["signoff", "--trainee", "Sam", "--pack", "digital-safeguarding-induction", "--key", keyFile, "--passphrase-file", pass, "--method", "simulation", "--comments", "ok", "--db", db])
        #expect(unmoderated.status == 2)
        for attempt in attempts {
            #expect(unmoderated.stderr.contains("attempt \(attempt) awaits moderation"), "\(unmoderated.stderr)")
            #expect(unmoderated.stderr.contains("safedrill records moderate \(attempt) --as NAME"))
        }
        let byTrainee = try SafeDrillProcess.run(["records", "moderate", attempts[0], "--as", "Sam", "--confirm-all", "--reason", "mine", "--db", db])
        #expect(byTrainee.status == 2)
        #expect(byTrainee.stderr.contains("cannot moderate their own attempt"))
        try Moderating.confirmAll(attempts, as: "Sue Supervisor", db: db)
        let badPass = try SafeDrillProcess.run(["signoff", "--trainee", "Sam", "--pack", "digital-safeguarding-induction", "--key", keyFile, "--passphrase-file", wrong, "--method", "simulation", "--comments", "ok", "--db", db])
        #expect(badPass.status == 2)
        #expect(badPass.stderr.contains("wrong passphrase"))

        let signed = try SafeDrillProcess.run(["signoff", "--trainee", "Sam", "--pack", "digital-safeguarding-induction", "--key", keyFile, "--passphrase-file", pass, "--db", db], input: "observation\nConfident throughout\n")
        #expect(signed.status == 0, "\(signed.stderr)")
        #expect(signed.stdout.contains("Signed off digital-safeguarding-induction for Sam: observation"))

        let verify = try SafeDrillProcess.run(["records", "verify", "--db", db])
        #expect(verify.status == 0, "\(verify.stdout)")
        // The attempts, their moderations (one per rubric element), the registration key, Sue's key and endorsement, the sign-off.
        #expect(verify.stdout.hasPrefix("OK: "), "\(verify.stdout)")
        #expect(verify.stdout.contains("3 completed attempts replay to their results"))
        let list = try SafeDrillProcess.run(["records", "list", "--trainee", "Sam", "--db", db])
        #expect(list.stdout.split(separator: "\n").count == 4)

        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [db, "UPDATE attempt SET percent = percent / 2 WHERE scenario_id = 'scam-link'"]
        try sqlite.run()
        sqlite.waitUntilExit()
        let tampered = try SafeDrillProcess.run(["records", "verify", "--db", db])
        #expect(tampered.status == 1)
        #expect(tampered.stdout.contains(": edited"))
    }
}
