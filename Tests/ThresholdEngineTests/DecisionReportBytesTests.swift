import Foundation
import Testing
import ThresholdEngine

/// `DecisionReport.json()` writes its bytes itself (it is the service's hot path); they must stay the
/// bytes `JSONEncoder` gives for the same `Codable` report, the contract that scripts already read.
@Suite("decision JSON bytes")
struct DecisionReportBytesTests {
    static func encoded(_ report: DecisionReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }

    @Test(arguments: GoldenCaseTests.caseNames)
    func aGoldenCaseIsWrittenAsJSONEncoderWritesIt(_ name: String) throws {
        let policy = try GoldenCaseTests.policy.get()
        let testCase = try #require(try GoldenCaseTests.suite.get().cases.first { $0.name == name })
        let report = policy.decide(testCase.facts, at: SamplePolicy.clock).report
        #expect(report.json() == (try Self.encoded(report)))
    }

    @Test func noFactsAtAllIsWrittenAsJSONEncoderWritesIt() throws {
        let report = try GoldenCaseTests.policy.get().decide(Facts(), at: SamplePolicy.clock).report
        #expect(report.json() == (try Self.encoded(report)))
    }

    /// A rule entry made from its JSON fields (its only public initialiser takes a decided rule).
    static func rule(_ fields: [String: Any]) throws -> DecisionReport.RuleEntry {
        try JSONDecoder().decode(DecisionReport.RuleEntry.self, from: JSONSerialization.data(withJSONObject: fields))
    }

    /// Every ASCII character (controls, quotes, backslash, slash, DEL), characters beyond ASCII, empty
    /// lists and every optional field both present and absent.
    @Test func escapesEmptyListsAndAbsentFieldsAreWrittenAsJSONEncoderWritesThem() throws {
        let awkward = String(String.UnicodeScalarView((UInt8(0)..<0x80).map(Unicode.Scalar.init))) + "é€😀\u{2028}\u{2029}\u{FEFF} a/b"
        let possible = try Self.rule(["id": "maybe", "possible": true, "status": "consult", "because": awkward, "source": "ch.14 \"quoted\"", "find_out": []])
        let fired = try Self.rule(["id": "r\\1", "fired": true, "status": "required", "because": "tab\there", "source": "", "find_out": ["x", "y/z"]])
        let report = DecisionReport(
            policy: PolicyIdentity(id: awkward, version: "", sha256: "ab/cd"),
            escalations: [
                .init(id: "none", status: .notRequired, deadline: nil, rules: [], because: []),
                .init(id: "both", status: .required, deadline: "without-delay", rules: [fired, possible], because: [awkward, ""]),
            ],
            missingFacts: [])
        #expect(report.json() == (try Self.encoded(report)))
        let empty = DecisionReport(policy: PolicyIdentity(id: "", version: "", sha256: ""), escalations: [], missingFacts: ["a", "b"])
        #expect(empty.json() == (try Self.encoded(empty)))
    }
}
