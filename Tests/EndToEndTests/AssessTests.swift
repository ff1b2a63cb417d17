import Foundation
import Testing

/// `safedrill assess` end to end: piped answers, `--facts` with `--json`, and bad input.
@Suite("assess")
struct AssessTests {
    static let environment = ["TZ": "UTC", "COLUMNS": "200"]

    /// A small policy whose questions and skips are easy to follow.
    static let policy = """
        format: safedrill-policy/1
        id: e2e
        version: "1"
        jurisdiction: England
        title: End-to-end policy
        facts:
          - {id: imminent_harm, type: bool, question: Is anyone in danger now?, help: Danger means harm in the next few hours.}
          - {id: aware_at, type: datetime, question: When did staff first know?}
          - {id: personal_data_breach, type: bool, question: Was personal data breached?}
          - {id: breach_risk, type: enum, values: [unlikely, risk, high], question: How risky is the breach?}
          - {id: unread, type: bool, question: A question no rule needs?}
        escalations:
          - {id: police, label: Report to the police, who: Police, deadline: 24h}
          - {id: ico_report, label: Report the breach to the ICO, who: DPO, deadline: 72h}
        rules:
          - {id: harm-police, when: imminent_harm, then: {police: required}, because: Someone is in danger., source: Stage 1.}
          - {id: breach-ico, when: personal_data_breach and breach_risk != unlikely, then: {ico_report: required}, because: A risky breach., source: UK GDPR Art. 33.}
        """

    static func folder(policy: String = policy, files: [String: String] = [:]) throws -> URL {
        let folder = try SafeDrillProcess.temporaryFolder()
        try policy.write(to: folder.appendingPathComponent("policy.yaml"), atomically: true, encoding: .utf8)
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }

    @Test func pipedAnswersAreAskedInOrderSkippingWhatCannotMatter() throws {
        let folder = try Self.folder()
        let result = try SafeDrillProcess.run(
            ["assess", "--policy", "policy.yaml", "--at", "2026-03-14T02:40:00Z", "--no-record", "--explain"],
            input: "maybe\n?\nyes\n2026-03-14T02:10:00Z\nno\n", environment: Self.environment, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        let out = result.stdout
        #expect(out.contains("Is anyone in danger now?"))
        #expect(out.contains("answer yes or no; leave it empty if not known"))
        #expect(out.contains("Danger means harm in the next few hours."))
        #expect(out.contains("When did staff first know?"))
        #expect(out.contains("Was personal data breached?"))
        #expect(!out.contains("How risky is the breach?"), "no rule is undecided by breach_risk once there is no breach")
        #expect(!out.contains("A question no rule needs?"))
        #expect(out.contains("What to do now (Sat 14 Mar 2026 02:40 GMT; staff knew at 02:10)\n\nDo now (1 required):\n[ ] Report to the police\n    by Sun 15 Mar 02:10 (in 23 h 30 min) · Police\n"))
        #expect(out.contains("Not needed now: 1 more. Reasons and sources: why CHANNEL, or assess --explain."))
        // --explain adds the reasons under the checklist.
        #expect(out.contains("Reasons:\n[ ] Report to the police — Police — by Sun 15 Mar 2026 02:10 GMT (in 23 h 30 min)"))
        #expect(out.contains("- Someone is in danger. [harm-police]"))
        #expect(out.contains("Source: Stage 1."))
        #expect(out.contains("Not required now:\n  - Report the breach to the ICO"))
    }

    @Test func unknownAnswersGiveConsultAndSayWhatToFindOut() throws {
        let folder = try Self.folder()
        let result = try SafeDrillProcess.run(
            ["assess", "--policy", "policy.yaml", "--at", "2026-03-14T02:40:00Z", "--no-record", "--explain"],
            input: "\n\nyes\nunknown\n", environment: Self.environment, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("How risky is the breach?"))
        #expect(result.stdout.contains("> unknown\n\nWhat to do now (Sat 14 Mar 2026 02:40 GMT)\n"))
        // The checklist names the one question that settles each escalation to consult on.
        #expect(result.stdout.contains("Consult (2), and the question that settles each:\n[?] Report to the police\n    Ask: Is anyone in danger now?\n[?] Report the breach to the ICO\n    Ask: How risky is the breach?\n"))
        #expect(result.stdout.contains("Consider: Report to the police — Police — by Sun 15 Mar 2026 02:40 GMT (in 24 h) — find out:\n    imminent_harm\n    - If imminent_harm were so: Someone is in danger. [harm-police]"))
        #expect(result.stdout.contains("Consider: Report the breach to the ICO — DPO — by Tue 17 Mar 2026 02:40 GMT (in 72 h) — find out:\n    breach_risk"))
        #expect(result.stdout.contains("When staff first knew (aware_at) is not known"))
        #expect(result.stdout.contains("Find out next:\n  - imminent_harm: Is anyone in danger now?\n  - aware_at:"))
    }

    @Test func factsFileWithJSONOutputHasTheContractShape() throws {
        let facts = "imminent_harm: true\naware_at: 2026-03-14T02:10:00Z\npersonal_data_breach: true\n"
        let folder = try Self.folder(files: ["facts.yaml": facts])
        let result = try SafeDrillProcess.run(
            ["assess", "--policy", "policy.yaml", "--facts", "facts.yaml", "--json", "--at", "2026-03-14T02:40:00Z", "--no-record"],
            environment: Self.environment, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["policy", "escalations", "missing_facts"])
        let policy = try #require(json["policy"] as? [String: String])
        #expect(policy["id"] == "e2e")
        #expect(policy["version"] == "1")
        #expect(policy["sha256"]?.count == 64)
        let escalations = try #require(json["escalations"] as? [[String: Any]])
        #expect(escalations.map { $0["id"] as? String } == ["police", "ico_report"])
        #expect(escalations.map { $0["status"] as? String } == ["required", "consult"])
        #expect(escalations[0]["deadline"] as? String == "2026-03-15T02:10:00Z")
        #expect((escalations[0]["rules"] as? [[String: Any]])?.map { $0["id"] as? String } == ["harm-police"])
        #expect((escalations[0]["rules"] as? [[String: Any]])?.first?["fired"] as? Bool == true)
        #expect((escalations[1]["rules"] as? [[String: Any]])?.first?["find_out"] as? [String] == ["breach_risk"])
        #expect(escalations[0]["because"] as? [String] == ["Someone is in danger."])
        #expect(json["missing_facts"] as? [String] == ["breach_risk"])
    }

    @Test func aJSONFactsFileIsReadToo() throws {
        let folder = try Self.folder(files: ["facts.json": #"{"imminent_harm": false, "personal_data_breach": true, "breach_risk": "unlikely"}"#])
        let result = try SafeDrillProcess.run(["assess", "--policy", "policy.yaml", "--facts", "facts.json", "--json", "--no-record"], environment: Self.environment, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let escalations = try #require(json["escalations"] as? [[String: Any]])
        #expect(escalations.map { $0["status"] as? String } == ["not_required", "not_required"])
        #expect(escalations.allSatisfy { $0["deadline"] == nil })
    }

    @Test func theDefaultPolicyDecidesTheScamExample() throws {
        let facts = """
            aware_at: 2026-03-14T02:10:00Z
            care_and_support_needs: true
            in_regulated_service: true
            credible_threat: true
            crime_suspected: true
            """
        let folder = try Self.folder(files: ["facts.yaml": facts])
        let policy = SafeDrillProcess.projectRoot.appendingPathComponent("Scoring/thresholds.yaml").path
        let result = try SafeDrillProcess.run(["assess", "--policy", policy, "--facts", "facts.yaml", "--json", "--no-record"], environment: Self.environment, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let escalations = try #require(json["escalations"] as? [[String: Any]])
        let status = Dictionary(uniqueKeysWithValues: escalations.compactMap { entry in (entry["id"] as? String).map { ($0, entry["status"] as? String) } })
        #expect(status["police"] == "required")
        #expect(status["safeguarding_referral"] == "required")
        #expect(status["cqc_notification"] == "required")
        #expect(escalations.count == 18)
    }

    struct BadInput: Sendable, CustomStringConvertible {
        var facts: String
        var code: String
        var position: String
        var description: String { code }
    }

    static let badInputs = [
        BadInput(facts: "imminent_harm: true\nimminent_harms: true\n", code: "SD010", position: "2:1"),
        BadInput(facts: "imminent_harm: yes please\n", code: "SD013", position: "1:16"),
        BadInput(facts: "breach_risk: severe\n", code: "SD012", position: "1:14"),
        BadInput(facts: "imminent_harm: [true\n", code: "SD001", position: "2:1"),
    ]

    @Test(arguments: badInputs)
    func badFactsExitTwoWithAPositionAndPrintNothing(_ input: BadInput) throws {
        let folder = try Self.folder(files: ["facts.yaml": input.facts])
        for json in [false, true] {
            let result = try SafeDrillProcess.run(
                ["assess", "--no-record", "--policy", "policy.yaml", "--facts", "facts.yaml"] + (json ? ["--json"] : []),
                environment: Self.environment, in: folder)
            #expect(result.status == 2)
            #expect(result.stdout == "")
            #expect(result.stderr.hasPrefix("facts.yaml:\(input.position): error[\(input.code)]: "), "\(result.stderr)")
            #expect(result.stderr.contains("\n  hint: "))
        }
    }

    @Test func aMissingFactsFileExitsTwo() throws {
        let folder = try Self.folder()
        let result = try SafeDrillProcess.run(["assess", "--no-record", "--policy", "policy.yaml", "--facts", "nowhere.yaml"], environment: Self.environment, in: folder)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("nowhere.yaml:1:1: error[SD001]"))
    }

    @Test func aBrokenPolicyExitsTwo() throws {
        let folder = try Self.folder(policy: Self.policy.replacingOccurrences(of: "deadline: 72h", with: "deadline: 3 days"), files: ["facts.yaml": "imminent_harm: true\n"])
        let result = try SafeDrillProcess.run(["assess", "--no-record", "--policy", "policy.yaml", "--facts", "facts.yaml"], environment: Self.environment, in: folder)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("policy.yaml:14:"))
        #expect(result.stderr.contains("error[SD015]: bad deadline '3 days'"))
    }

    @Test func aBadClockIsAUsageError() throws {
        let folder = try Self.folder(files: ["facts.yaml": "imminent_harm: true\n"])
        let result = try SafeDrillProcess.run(["assess", "--no-record", "--policy", "policy.yaml", "--facts", "facts.yaml", "--at", "yesterday"], environment: Self.environment, in: folder)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("--at must be a date and time"))
    }

    /// A 50 MB facts file took 16 s to read: anything over 1 MiB is refused before parsing.
    @Test func aFactsFileOverTheLimitIsRefusedBeforeItIsRead() throws {
        let folder = try Self.folder()
        let facts = folder.appendingPathComponent("huge.yaml")
        let line = "imminent_harm: true  # " + String(repeating: "x", count: 1000) + "\n"
        try String(repeating: line, count: 2048).write(to: facts, atomically: true, encoding: .utf8)

        let started = Date()
        let result = try SafeDrillProcess.run(
            ["assess", "--no-record", "--facts", facts.path, "--policy", folder.appendingPathComponent("policy.yaml").path, "--json"], environment: Self.environment)

        #expect(result.status == 2, "\(result.stdout)")
        #expect(result.stderr.contains("\(facts.path):1:1: error[SD007]: the file is 2 MiB, over the limit of 1 MiB"), "\(result.stderr)")
        #expect(Date().timeIntervalSince(started) < 10)
    }
}
