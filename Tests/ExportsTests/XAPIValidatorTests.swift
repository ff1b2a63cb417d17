import Foundation
import Testing

@testable import Exports

@Suite struct XAPIValidatorTests {
    /// A valid `answered` statement, shaped as XAPIExport makes them.
    static let valid = XAPIStatement(
        id: "0b6d3c2e-1f4a-5b7c-8d9e-0a1b2c3d4e5f",
        actor: XAPIAgent(account: XAPIAccount(homePage: XAPIIdentifiers.accountHomePage, name: "3f9a0c1d2e4b5a6c7d8e9f0a1b2c3d4e")),
        verb: XAPIVerb.answered,
        object: XAPIActivity(id: XAPIIdentifiers.decision("first-contact", in: "scam-link"), definition: XAPIActivityDefinition(
            name: ["en-GB": "A link in a text: first-contact"], description: ["en-GB": "What do you do first?"],
            type: XAPIInteraction.activityType, interactionType: "choice",
            choices: [XAPIInteractionComponent(id: "listen", description: ["en-GB": "Listen"]),
                      XAPIInteractionComponent(id: "call-bank", description: ["en-GB": "Call the bank"])])),
        result: XAPIResult(score: XAPIScore(scaled: 0.75, raw: 75, min: 0, max: 100), response: "listen[,]call-bank", duration: "PT1M30.25S"),
        context: XAPIContext(
            registration: "5d1c8e0a-7b2f-4c3d-9e8f-1a2b3c4d5e6f",
            instructor: XAPIAgent(account: XAPIAccount(homePage: XAPIIdentifiers.accountHomePage, name: "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b")),
            contextActivities: XAPIContextActivities(parent: [XAPIActivity(id: XAPIIdentifiers.scenario("scam-link"), definition: nil)]),
            platform: "SafeDrill", language: "en-GB",
            extensions: [XAPIIdentifiers.scenarioSHA256Extension: String(repeating: "c", count: 64)]),
        timestamp: "2026-03-01T09:30:05.250Z")

    @Test func aStatementAsTheExportMakesItIsValid() {
        #expect(XAPIValidator.problems(in: Self.valid) == [])
    }

    /// One hand-broken statement per rule, and the start of the problem it must produce.
    struct Breakage: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var expected: String
        var breakIt: @Sendable (inout XAPIStatement) -> Void
    }

    static let breakages: [Breakage] = [
        Breakage(testDescription: "scaled score 1.82", expected: "result.score.scaled: 1.82 is outside -1…1") { $0.result?.score?.scaled = 1.82 },
        Breakage(testDescription: "raw above max", expected: "result.score.raw: 182.0 is above max 100.0") { $0.result?.score?.raw = 182 },
        Breakage(testDescription: "raw below min", expected: "result.score.raw: -1.0 is below min 0.0") { $0.result?.score?.raw = -1 },
        Breakage(testDescription: "min not below max", expected: "result.score.min: 100.0 must be less than max 100.0") { $0.result?.score?.min = 100 },
        Breakage(testDescription: "verb without id", expected: "verb.id: a verb must have an id") { $0.verb.id = "" },
        Breakage(testDescription: "verb id not an IRI", expected: "verb.id: \"answered\" is not an absolute IRI") { $0.verb.id = "answered" },
        Breakage(testDescription: "display not a language map", expected: "verb.display: \"en_GB\" is not an RFC 5646") { $0.verb.display = ["en_GB": "answered"] },
        Breakage(testDescription: "duration in words", expected: "result.duration: \"4 minutes\" is not an ISO 8601 duration") { $0.result?.duration = "4 minutes" },
        Breakage(testDescription: "duration with a bare T", expected: "result.duration: \"PT\" is not an ISO 8601 duration") { $0.result?.duration = "PT" },
        Breakage(testDescription: "mbox instead of account", expected: "actor: SafeDrill privacy rule") {
            $0.actor.account = nil
            $0.actor.mbox = "mailto:ada.trainee@example.org"
        },
        Breakage(testDescription: "a name beside the account", expected: "actor: SafeDrill privacy rule") { $0.actor.name = "Ada Trainee" },
        Breakage(testDescription: "two identifiers", expected: "actor: an Agent needs exactly one inverse functional identifier, found mbox_sha1sum, account") {
            $0.actor.mboxSHA1Sum = String(repeating: "a", count: 40)
        },
        Breakage(testDescription: "no identifier", expected: "actor: an Agent needs exactly one inverse functional identifier, found none") { $0.actor.account = nil },
        Breakage(testDescription: "empty account name", expected: "actor.account.name: must not be empty") { $0.actor.account?.name = "" },
        Breakage(testDescription: "relative home page", expected: "actor.account.homePage: \"accounts\" is not an absolute IRI") { $0.actor.account?.homePage = "accounts" },
        Breakage(testDescription: "instructor a Group", expected: "context.instructor.objectType: must be \"Agent\"") { $0.context?.instructor?.objectType = "Group" },
        Breakage(testDescription: "statement id not a UUID", expected: "id: \"attempt-1/answered/2\" is not a UUID") { $0.id = "attempt-1/answered/2" },
        Breakage(testDescription: "registration not a UUID", expected: "context.registration: \"5d1c8e0a\" is not a UUID") { $0.context?.registration = "5d1c8e0a" },
        Breakage(testDescription: "activity id relative", expected: "object.id: \"scenarios/scam-link\" is not an absolute IRI") { $0.object.id = "scenarios/scam-link" },
        Breakage(testDescription: "unknown interaction type", expected: "object.definition.interactionType: \"multiple-choice\" is not an interaction type") {
            $0.object.definition?.interactionType = "multiple-choice"
        },
        Breakage(testDescription: "choices on a long-fill-in", expected: "object.definition.choices: only choice and sequencing interactions list choices") {
            $0.object.definition?.interactionType = "long-fill-in"
        },
        Breakage(testDescription: "duplicate choice ids", expected: "object.definition.choices: component ids must be distinct") {
            $0.object.definition?.choices?[1].id = "listen"
        },
        Breakage(testDescription: "response not among the choices", expected: "result.response: \"call-police\" is not one of the interaction's choices") {
            $0.result?.response = "listen[,]call-police"
        },
        Breakage(testDescription: "response joined with commas", expected: "result.response: \"listen,call-bank\" is not one of the interaction's choices") {
            $0.result?.response = "listen,call-bank"
        },
        Breakage(testDescription: "timestamp without a zone", expected: "timestamp: \"2026-03-01T09:30:05\" is not an ISO 8601 date and time with a time zone") {
            $0.timestamp = "2026-03-01T09:30:05"
        },
        Breakage(testDescription: "timestamp month 13", expected: "timestamp: \"2026-13-01T09:30:05Z\" is not an ISO 8601") { $0.timestamp = "2026-13-01T09:30:05Z" },
        Breakage(testDescription: "timestamp offset -00:00", expected: "timestamp: the offset -00:00 is not allowed") { $0.timestamp = "2026-03-01T09:30:05-00:00" },
        Breakage(testDescription: "extension key not an IRI", expected: "context.extensions: \"scenario-sha256\" is not an absolute IRI") {
            $0.context?.extensions = ["scenario-sha256": "abc"]
        },
        Breakage(testDescription: "context language not a tag", expected: "context.language: \"en GB\" is not an RFC 5646 language tag") { $0.context?.language = "en GB" },
    ]

    @Test(arguments: breakages)
    func aBrokenRuleIsNamed(_ breakage: Breakage) {
        var statement = Self.valid
        breakage.breakIt(&statement)

        let problems = XAPIValidator.problems(in: statement)

        #expect(problems.contains { $0.hasPrefix(breakage.expected) }, "\(problems)")
    }

    @Test func problemsInAListNameTheStatementAndItsVerb() {
        var broken = Self.valid
        broken.result?.score?.scaled = 1.82

        let problems = XAPIValidator.problems(in: [Self.valid, broken])

        #expect(problems == ["statement \(Self.valid.id) (answered): result.score.scaled: 1.82 is outside -1…1 (§2.4.5.1.1)"])
    }

    @Test func checkKeepsTheValidStatementsAndNamesTheAttemptOfEachRefusedOne() {
        var broken = Self.valid
        broken.id = "1c6d3c2e-1f4a-5b7c-8d9e-0a1b2c3d4e5f"
        broken.result?.response = "not-a-choice"

        let checked = XAPIValidator.check([Self.valid, broken, Self.valid])

        #expect(checked.valid == [Self.valid, Self.valid])
        #expect(checked.refused.map(\.description) == [
            "attempt 5d1c8e0a-7b2f-4c3d-9e8f-1a2b3c4d5e6f, statement \(broken.id) (answered): "
                + "result.response: \"not-a-choice\" is not one of the interaction's choices (§2.4.4.1.1)",
        ])
    }

    @Test func encodesToOneStatementObjectWithoutNulls() throws {
        let json = try #require(try JSONSerialization.jsonObject(with: XAPIExport.json([Self.valid])) as? [[String: Any]])

        #expect(json.count == 1)
        let statement = try #require(json.first)
        #expect(Set(statement.keys) == ["id", "actor", "verb", "object", "result", "context", "timestamp"])
        let actor = try #require(statement["actor"] as? [String: Any])
        #expect(Set(actor.keys) == ["objectType", "account"])
        #expect(try JSONDecoder().decode([XAPIStatement].self, from: XAPIExport.json([Self.valid])) == [Self.valid])
    }
}
