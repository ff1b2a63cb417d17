import Exports
import Foundation
import Testing

@Suite("sync to a learning record store")
struct SyncTests {
    /// Two attempts played through the binary: the best path of one scenario, the poorest of another.
    private static func playedRecords() throws -> String {
        let db = try SafeDrillProcess.temporaryFolder().appendingPathComponent("r.sqlite").path
        for (scenario, best) in [("scam-link", true), ("coercive-texting", false)] {
            let analysis = try BundledScenarios.analysis(scenario)
            let input = (best ? analysis.best_path : analysis.worst_path).map(\.input).joined()
            let played = try SafeDrillProcess.run(["play", "--new-person", scenario, "--as", "A Trainee", "--mode", "assessment", "--db", db], input: input)
            try #require(played.status == 0, "\(played.stderr)")
        }
        return db
    }

    private static func report(_ result: RunResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)\(result.stderr)")
    }

    @Test func everyExportedStatementReachesRalphUnchangedAndARerunSendsNothing() throws {
        let lrs = try LearningRecordStore()
        let db = try Self.playedRecords()
        let export = try SafeDrillProcess.run(["export", "--format", "xapi", "--db", db])
        try #require(export.status == 0, "\(export.stderr)")
        let exported = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]])
        try #require(exported.count > 10)

        let dryRun = try SafeDrillProcess.run(["sync", "--lrs", lrs.endpoint, "--dry-run", "--db", db])
        #expect(dryRun.status == 0, "\(dryRun.stderr)")
        #expect(dryRun.stdout.contains("Would send \(exported.count) statements to \(lrs.endpoint); 0 already delivered."))

        // Ralph's file-system backend takes one write per target, so everything goes in one request.
        let sync = ["sync", "--lrs", lrs.endpoint, "--user", lrs.user, "--password-file", lrs.passwordFile, "--batch-size", "1000", "--db", db]
        let first = try SafeDrillProcess.run(sync + ["--json"])
        #expect(first.status == 0, "\(first.stderr)")
        let firstReport = try Self.report(first)
        #expect(firstReport["sent"] as? Int == exported.count)
        #expect(firstReport["already_delivered"] as? Int == 0)
        #expect((firstReport["rejected"] as? [Any])?.isEmpty == true)
        #expect((firstReport["refused"] as? [Any])?.isEmpty == true)

        for statement in exported {
            let id = try #require(statement["id"] as? String)
            let stored = try #require(try lrs.statement(id: id), "Ralph does not hold statement \(id)")
            #expect(Self.differences(sent: statement, stored: stored) == [], "statement \(id)")
        }

        // Without the trailing slash it is the same LRS, so nothing is sent twice.
        let again = try SafeDrillProcess.run(sync.map { $0 == lrs.endpoint ? String(lrs.endpoint.dropLast()) : $0 })
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == "Sent 0 statements to \(lrs.endpoint); \(exported.count) already delivered.\n")
    }

    @Test func aStatementRalphRejectsIsReportedWithItsReasonAndTheRestStillGo() throws {
        let lrs = try LearningRecordStore()
        let good = Self.handMade(id: UUID().uuidString.lowercased(), verb: #"{"id": "http://adlnet.gov/expapi/verbs/completed"}"#)
        let verbWithoutID = Self.handMade(id: UUID().uuidString.lowercased(), verb: #"{"display": {"en-GB": "completed"}}"#)
        let outcomes = try lrs.client().deliver([verbWithoutID, good][...])
        #expect(outcomes.map(\.statement) == [verbWithoutID, good])
        #expect(outcomes.last?.outcome == .accepted)
        guard case .rejected(let status, let reason)? = outcomes.first?.outcome else {
            Issue.record("the statement without a verb id was not rejected: \(outcomes)")
            return
        }
        #expect((400..<500).contains(status))
        #expect(reason == "verb.id: Field required")
        #expect(try lrs.statement(id: good.id) != nil)
        #expect(try lrs.statement(id: verbWithoutID.id) == nil)
    }

    @Test func refusedCredentialsAreAnInputError() throws {
        let lrs = try LearningRecordStore()
        let db = try Self.playedRecords()
        let result = try SafeDrillProcess.run(
            ["sync", "--lrs", lrs.endpoint, "--user", lrs.user, "--db", db], environment: ["SAFEDRILL_LRS_PASSWORD": "not-the-password"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: the LRS refused the credentials (HTTP 401"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func anLRSNobodyAnswersForStopsTheRunAfterItsRetriesAndExitsOne() throws {
        let db = try Self.playedRecords()
        let result = try SafeDrillProcess.run(
            ["sync", "--lrs", "http://127.0.0.1:9/xAPI/", "--user", "u", "--db", db], environment: ["SAFEDRILL_LRS_PASSWORD": "pw"])
        #expect(result.status == 1, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "Sent 0 statements to http://127.0.0.1:9/xAPI/; 0 already delivered.")
        #expect(lines.last?.hasPrefix("Stopped: the LRS gave no usable answer in 5 tries, the last: ") == true, "\(result.stdout)")
        #expect(lines.last?.hasSuffix(" statements not sent: run sync again later.") == true, "\(result.stdout)")
    }

    @Test("usage errors exit 2 and say what to do", arguments: [
        (["--user", "u", "--password", "secret"], "--password is refused: a password on the command line stays in shell history"),
        (["--user", "u"], "no LRS password: give it with --password-file FILE or in SAFEDRILL_LRS_PASSWORD"),
        (["--password-file", "/nonexistent/password"], "--user is required"),
        (["--user", "u", "--password-file", "/nonexistent/password"], "cannot read passphrase file /nonexistent/password"),
        (["--user", "u", "--batch-size", "0"], "--batch-size must be at least 1"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let db = try SafeDrillProcess.temporaryFolder().appendingPathComponent("r.sqlite").path
        let result = try SafeDrillProcess.run(
            ["sync", "--lrs", "http://127.0.0.1:9/xAPI/", "--db", db] + arguments, environment: ["SAFEDRILL_LRS_PASSWORD": ""])
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("an endpoint that is not an http address is refused", arguments: ["ftp://127.0.0.1/xAPI/", "127.0.0.1:8100"])
    func invalidEndpoint(endpoint: String) throws {
        let db = try SafeDrillProcess.temporaryFolder().appendingPathComponent("r.sqlite").path
        let result = try SafeDrillProcess.run(["sync", "--lrs", endpoint, "--dry-run", "--db", db])
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: cannot use '\(endpoint)' as the LRS endpoint"), "\(result.stderr)")
    }

    /// A 307 to another origin: the credentials must not follow it, nothing may be marked
    /// delivered, and the error names where it pointed.
    @Test func aRedirectIsNotFollowedAndNothingIsMarkedDelivered() throws {
        let lrs = try MisbehavingLRS(.redirect)
        let db = try Self.playedRecords()
        let folder = try SafeDrillProcess.temporaryFolder()
        let passwordFile = folder.appendingPathComponent("password").path
        try #require(FileManager.default.createFile(atPath: passwordFile, contents: Data("pw".utf8), attributes: [.posixPermissions: 0o600]))

        let result = try SafeDrillProcess.run(["sync", "--lrs", lrs.endpoint, "--user", "u", "--password-file", passwordFile, "--db", db])

        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("answered HTTP 307, a redirect to \(lrs.elsewhere)"), "\(result.stderr)")
        let requests = try lrs.requests()
        #expect(requests.count == 1, "\(requests)")
        #expect(requests.allSatisfy { $0.path == "/xAPI/statements" && $0.length > 0 }, "\(requests)")
        #expect(!requests.contains { $0.path == "/steal" }, "the redirect was followed: \(requests)")
        let dryRun = try SafeDrillProcess.run(["sync", "--lrs", lrs.endpoint, "--dry-run", "--db", db])
        #expect(dryRun.stdout.contains("; 0 already delivered."), "\(dryRun.stdout)")
    }

    @Test func aWebPageAnsweringTwoHundredIsNotADelivery() throws {
        let lrs = try MisbehavingLRS(.htmlPage)
        let db = try Self.playedRecords()

        let result = try SafeDrillProcess.run(
            ["sync", "--lrs", lrs.endpoint, "--user", "u", "--db", db], environment: ["SAFEDRILL_LRS_PASSWORD": "pw"])

        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("answered HTTP 200 but with a body that is not the stored statements' ids (text/html"), "\(result.stderr)")
        let dryRun = try SafeDrillProcess.run(["sync", "--lrs", lrs.endpoint, "--dry-run", "--db", db])
        #expect(dryRun.stdout.contains("; 0 already delivered."), "\(dryRun.stdout)")
    }

    @Test("credentials in the address are refused and never echoed", arguments: [
        "http://trainer:s3cret@127.0.0.1/xAPI/", "ftp://trainer:s3cret@127.0.0.1/xAPI/", "http://trainer:s3cret@[bad/xAPI/",
    ])
    func credentialsInTheAddressAreRedacted(endpoint: String) throws {
        let db = try SafeDrillProcess.temporaryFolder().appendingPathComponent("r.sqlite").path
        let result = try SafeDrillProcess.run(["sync", "--lrs", endpoint, "--dry-run", "--db", db])
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: cannot use '\(endpoint.replacingOccurrences(of: "trainer:s3cret", with: "***"))' as the LRS endpoint"), "\(result.stderr)")
        #expect(!(result.stdout + result.stderr).contains("s3cret"), "\(result.stderr)")
    }

    @Test("a password file others can read is used with a warning", arguments: [0o644, 0o640, 0o604])
    func aPasswordFileOthersCanReadIsWarnedAbout(mode: Int) throws {
        let folder = try SafeDrillProcess.temporaryFolder()
        let db = folder.appendingPathComponent("r.sqlite").path
        let passwordFile = folder.appendingPathComponent("password").path
        try #require(FileManager.default.createFile(atPath: passwordFile, contents: Data("pw".utf8), attributes: [.posixPermissions: mode]))

        // No records, so nothing is sent: the warning is about reading the file.
        let result = try SafeDrillProcess.run(["sync", "--lrs", "http://127.0.0.1:9/xAPI/", "--user", "u", "--password-file", passwordFile, "--db", db])

        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: \(passwordFile) holds a secret but"), "\(result.stderr)")
        #expect(result.stderr.contains("run 'chmod 600 \(passwordFile)'"), "\(result.stderr)")
    }

    @Test func basicAuthenticationOverPlainHTTPToAnotherMachineIsWarnedAbout() throws {
        let db = try SafeDrillProcess.temporaryFolder().appendingPathComponent("r.sqlite").path
        // No records, so nothing is sent; 0.0.0.0 is not a loopback address.
        let result = try SafeDrillProcess.run(
            ["sync", "--lrs", "http://0.0.0.0:9/xAPI/", "--user", "u", "--db", db], environment: ["SAFEDRILL_LRS_PASSWORD": "pw"])

        #expect(result.stderr.contains("warning: http://0.0.0.0:9/xAPI/ is plain http to another machine"), "\(result.stderr)")
        let local = try SafeDrillProcess.run(
            ["sync", "--lrs", "http://127.0.0.1:9/xAPI/", "--user", "u", "--db", db], environment: ["SAFEDRILL_LRS_PASSWORD": "pw"])
        #expect(!local.stderr.contains("warning:"), "\(local.stderr)")
    }

    /// A statement written by hand, valid but for what `verb` leaves out.
    private static func handMade(id: String, verb: String) -> OutgoingStatement {
        OutgoingStatement(id: id, json: Data("""
            {"id": "\(id)", "actor": {"account": {"homePage": "https://safedrill.invalid/xapi/accounts", "name": "e2e"}},
             "verb": \(verb), "object": {"id": "https://safedrill.invalid/xapi/scenarios/scam-link"},
             "timestamp": "2026-03-01T09:00:00.000Z"}
            """.utf8))
    }

    /// Where `stored` (as Ralph gives it back) differs from `sent`. Ralph adds `stored` and
    /// `authority` at the top (an LRS may add `version` too) and writes out the default
    /// `objectType` (`Agent`, `Activity`) wherever the statement left it implicit; anything else
    /// added, missing or changed, timestamps included, is a difference.
    static func differences(sent: Any, stored: Any, path: String = "") -> [String] {
        switch (sent, stored) {
        case (let sent as [String: Any], let stored as [String: Any]):
            var found: [String] = []
            for key in Set(sent.keys).union(stored.keys).sorted() {
                let place = path.isEmpty ? key : path + "." + key
                switch (sent[key], stored[key]) {
                case (let a?, let b?):
                    found += differences(sent: a, stored: b, path: place)
                case (nil, _?) where path.isEmpty && ["stored", "authority", "version"].contains(key):
                    break
                case (nil, let added as String) where key == "objectType" && ["Agent", "Activity"].contains(added):
                    break
                case (nil, _):
                    found.append("\(place): added by the LRS")
                case (_, nil):
                    found.append("\(place): missing")
                }
            }
            return found
        case (let sent as [Any], let stored as [Any]):
            guard sent.count == stored.count else { return ["\(path): \(sent.count) items sent, \(stored.count) stored"] }
            return zip(sent, stored).enumerated().flatMap { differences(sent: $1.0, stored: $1.1, path: "\(path)[\($0)]") }
        default:
            // A leaf compares as its JSON text: strings exactly, numbers and booleans by value.
            func text(_ value: Any) -> Data? { try? JSONSerialization.data(withJSONObject: [value], options: .sortedKeys) }
            return text(sent) == text(stored) ? [] : ["\(path): sent \(sent), stored \(stored)"]
        }
    }
}
