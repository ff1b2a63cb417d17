import Foundation
import Testing

/// The person register from the command line: who `--as` and the login find, who may supervise
/// and sign off, and renames and merges that `records verify` still accepts.
@Suite("people, end to end")
struct PeopleCommandTests {
    /// A store where Sam Carer left an attempt at scam-link unfinished; its id's first 8 characters.
    static func unfinishedAttempt(db: String, answers: Int = 3) throws -> (prefix: String, rest: String) {
        let steps = try BundledScenarios.analysis("scam-link").best_path.map(\.input)
        let played = try SafeDrillProcess.run(
            ["play", "--new-person", "scam-link", "--as", "Sam Carer", "--mode", "assessment", "--db", db], input: steps.prefix(answers).joined())
        #expect(played.status == 3, "\(played.stderr)")
        let prefix = try #require(played.stdout.firstMatch(of: /attempt ([0-9a-f]{8})\)/)).1
        return (String(prefix), steps.dropFirst(answers).joined())
    }

    @Test func aLowerCaseLoginIsWelcomedBackAndResumesTheUnfinishedAttempt() throws {
        let db = try SafeDrillProcess.temporaryFolder().appendingPathComponent("r.sqlite").path
        let (prefix, rest) = try Self.unfinishedAttempt(db: db)

        let repl = try SafeDrillProcess.run(["--db", db], input: "sam carer\nresume \(prefix)\n" + rest + "quit\n")

        #expect(repl.status == 0, "\(repl.stderr)")
        #expect(repl.stdout.contains("Welcome back, Sam Carer. Unfinished attempts:"))
        #expect(repl.stdout.contains("\(prefix)  scam-link  assessment"))
        #expect(repl.stdout.contains("Type 'resume \(prefix)' to carry on."))
        #expect(repl.stdout.contains("Result: Competent ("), "\(repl.stdout)")
        let people = try SafeDrillProcess.run(["people", "list", "--json", "--db", db])
        #expect(people.stdout.components(separatedBy: "\"name\"").count == 2, "one person, not a second 'sam carer': \(people.stdout)")
    }

    @Test func anUnknownNameIsOfferedTheCloseOnesAndRefusedWithoutNewPerson() throws {
        let db = try SafeDrillProcess.temporaryFolder().appendingPathComponent("r.sqlite").path
        _ = try Self.unfinishedAttempt(db: db)

        let refused = try SafeDrillProcess.run(["play", "scam-link", "--as", "Sam Carr", "--db", db])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("no one called 'Sam Carr' in the records; did you mean: Sam Carer?"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--new-person"))

        // The REPL asks instead; no is no, and the login is asked again.
        let repl = try SafeDrillProcess.run(["--db", db], input: "Sam Carr\nn\nsam\nhistory\nquit\n")
        #expect(repl.stdout.contains("did you mean: Sam Carer?"))
        #expect(repl.stdout.contains("Welcome back, Sam Carer."), "a unique prefix logs in: \(repl.stdout)")
    }

    @Test func selfSupervisionAndAnUnregisteredSupervisorAreRefused() throws {
        let db = try SafeDrillProcess.temporaryFolder().appendingPathComponent("r.sqlite").path
        try SafeDrillProcess.register("Bea Senior", role: "supervisor", db: db)
        try SafeDrillProcess.register("Sam Carer", role: "trainee", db: db)

        let own = try SafeDrillProcess.run(["play", "scam-link", "--as", "Bea Senior", "--mode", "supervision", "--supervisor", "bea senior", "--db", db])
        #expect(own.status == 2)
        #expect(own.stderr.contains("Bea Senior cannot supervise or assess their own attempt"), "\(own.stderr)")

        let trainee = try SafeDrillProcess.run(["play", "scam-link", "--as", "Bea Senior", "--mode", "supervision", "--supervisor", "Sam Carer", "--db", db])
        #expect(trainee.status == 2)
        #expect(trainee.stderr.contains("Sam Carer is registered as trainee"), "\(trainee.stderr)")

        let typo = try SafeDrillProcess.run(["play", "scam-link", "--as", "Sam Carer", "--mode", "supervision", "--supervisor", "Bea Senor", "--db", db])
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("did you mean: Bea Senior?"), "\(typo.stderr)")
        #expect(try SafeDrillProcess.run(["history", "--db", db]).stdout.contains("No attempts yet."))
    }

    @Test func aSecondSignOffOnTheSameEvidenceIsRefusedNamingTheFirst() throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        let pass = try StaffKeys.passphraseFile(in: folder)
        let (key, made) = try StaffKeys.make("Sue Supervisor", file: "sue.key", db: db, folder: folder)
        #expect(made.status == 0, "\(made.stderr)")
        for scenario in ["coercive-texting", "scam-link", "staff-boundary-breach"] {
            let input = try BundledScenarios.analysis(scenario).best_path.map(\.input).joined()
            let played = try SafeDrillProcess.run(["play", "--new-person", scenario, "--as", "Sam", "--mode", "assessment", "--db", db], input: input)
            #expect(played.status == 0, "\(played.stderr)")
        }
        try Moderating.confirmCompetentAttempts(of: "Sam", as: "Sue Supervisor", db: db)
        let signOff = ["signoff", "--trainee", "sam", "--pack", "digital-safeguarding-induction", "--key", key, "--passphrase-file", pass,
                       "--method", "simulation", "--comments", "ok", "--db", db]

        let first = try SafeDrillProcess.run(signOff)
        #expect(first.status == 0, "\(first.stderr)")
        let id = try #require(first.stdout.firstMatch(of: /Sign-off ([0-9a-f]{8})/)).1
        let second = try SafeDrillProcess.run(signOff)

        #expect(second.status == 2)
        #expect(second.stderr.contains("Sam is already signed off in digital-safeguarding-induction on this evidence (sign-off \(id)"), "\(second.stderr)")
        #expect(try SafeDrillProcess.run(["records", "verify", "--db", db]).status == 0)
    }

    @Test func renameAndMergeKeepVerifyPassing() throws {
        let db = try SafeDrillProcess.temporaryFolder().appendingPathComponent("r.sqlite").path
        try SafeDrillProcess.register("Bea Senior", role: "supervisor", db: db)
        let added = try SafeDrillProcess.run(["people", "add", "Kim Worker", "--role", "trainee", "--staff-number", "K-7", "--db", db])
        #expect(added.stdout.contains("Registered Kim Worker as trainee, staff number K-7."))
        for name in ["Kim Worker", "Kimberley Worker"] {
            let input = try BundledScenarios.analysis("scam-link").best_path.map(\.input).joined()
            let played = try SafeDrillProcess.run(["play", "--new-person", "scam-link", "--as", name, "--mode", "supervision", "--supervisor", "bea", "--db", db], input: input)
            #expect(played.status == 0, "\(played.stderr)")
        }

        let renamed = try SafeDrillProcess.run(["people", "rename", "bea senior", "Bea Elder", "--db", db])
        #expect(renamed.status == 0, "\(renamed.stderr)")
        let merged = try SafeDrillProcess.run(["people", "merge", "Kimberley Worker", "K-7", "--db", db])
        #expect(merged.status == 0, "\(merged.stderr)")
        let refused = try SafeDrillProcess.run(["people", "merge", "Bea Elder", "Kim Worker", "--db", db])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--change-role"))

        let verify = try SafeDrillProcess.run(["records", "verify", "--db", db])
        #expect(verify.status == 0, "\(verify.stdout)")
        let list = try SafeDrillProcess.run(["people", "list", "--db", db])
        #expect(list.stdout.contains("Bea Elder") && list.stdout.contains("K-7") && !list.stdout.contains("Kimberley"), "\(list.stdout)")
        #expect(try SafeDrillProcess.run(["history", "--as", "kim worker", "--db", db]).stdout.split(separator: "\n").count == 2)
    }
}
