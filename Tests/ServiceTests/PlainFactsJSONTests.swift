import Foundation
import Testing
@testable import Service
import ThresholdEngine

/// The one-pass reader of plain facts bodies must give what the full reading (YAML reader and the
/// schema's checks) gives for every body it takes, and leave every other body to the full reading.
@Suite("plain facts JSON")
struct PlainFactsJSONTests {
    static let schema = Policy.bundled.schema

    static func plain(_ body: String) -> Facts? { PlainFactsJSON.facts(Array(body.utf8), schema: schema) }
    static func full(_ body: String) -> Result<Facts, APIError> { FactsBody.readFully(Array(body.utf8), schema: schema) }

    static let plainBodies = [
        #"{"imminent_harm": true, "care_and_support_needs": true, "aware_at": "2026-03-14T02:10:00Z", "abuse_types": ["financial"], "distress": "significant", "alleged_perpetrator": "online_contact"}"#,
        "{}",
        " {  } \n",
        #"{"imminent_harm":false,"distress":"low","abuse_types":[]}"#,
        "{\n  \"imminent_harm\" : true,\r\n  \"financial_loss_gbp\": 250\n}\n",
        #"{"financial_loss_gbp": 0}"#,
        #"{"financial_loss_gbp": -12.5}"#,
        #"{"financial_loss_gbp": 1e3}"#,
        #"{"financial_loss_gbp": 12.50E-1}"#,
        #"{"financial_loss_gbp": 2E+2}"#,
        #"{"imminent_harm": null, "distress": null, "abuse_types": null, "aware_at": null, "financial_loss_gbp": null}"#,
        #"{"abuse_types": "financial"}"#,
        #"{"abuse_types": ["financial", "psychological", "financial"]}"#,
        #"{"alleged_perpetrator": "unknown"}"#,
        #"{"aware_at": "2026-03-14T02:10:00.250Z"}"#,
        #"{"aware_at": "2026-03-14T03:10:00+01:00"}"#,
    ]

    @Test(arguments: plainBodies)
    func takesPlainBodiesAsTheFullReadingDoes(_ body: String) throws {
        let facts = try #require(Self.plain(body), "declined a plain body")
        #expect(Self.full(body) == .success(facts))
    }

    /// A value of every kind for every fact of the bundled policy, in one body.
    @Test func everyFactOfThePolicyIsReadAsTheFullReadingReadsIt() throws {
        let fields = Self.schema.definitions.map { definition -> String in
            let value = switch definition.type {
            case .bool: "true"
            case .number: "3.25"
            case .datetime: #""2026-03-14T02:10:00Z""#
            case .enum: "\"\(definition.values.last ?? "")\""
            case .set: "[" + definition.values.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
            }
            return "\"\(definition.id)\": \(value)"
        }
        let body = "{" + fields.joined(separator: ", ") + "}"
        let facts = try #require(Self.plain(body))
        #expect(facts.values.count == Self.schema.definitions.count)
        #expect(Self.full(body) == .success(facts))
    }

    static let otherBodies = [
        #"{"imminent_harm": "true"}"#,
        #"{"imminent_harm": True}"#,
        #"{"imminent_harm": 1}"#,
        #"{"nope": true}"#,
        #"{"distress": "huge"}"#,
        #"{"distress": "low", "distress": "none"}"#,
        #"{"distress": "l\u006fw"}"#,
        "{\"distress\": \"caf\u{e9}\"}",
        "{\"imminent_harm\":\ttrue}",
        #"{"financial_loss_gbp": 01}"#,
        #"{"financial_loss_gbp": .5}"#,
        #"{"financial_loss_gbp": 1.}"#,
        #"{"financial_loss_gbp": 1e999}"#,
        #"{"financial_loss_gbp": "250"}"#,
        #"{"abuse_types": [["financial"]]}"#,
        #"{"abuse_types": {"a": 1}}"#,
        #"{"abuse_types": [null]}"#,
        #"{"abuse_types": ["financial",]}"#,
        #"{"aware_at": "yesterday"}"#,
        #"{"aware_at": unknown}"#,
        #"{"imminent_harm": true,}"#,
        #"{"imminent_harm": true} x"#,
        #"{"imminent_harm": tru"#,
        #"{"imminent_harm" true}"#,
        "[1, 2]",
        "null",
        "",
        "   ",
    ]

    @Test(arguments: otherBodies)
    func leavesEveryOtherBodyToTheFullReading(_ body: String) {
        #expect(Self.plain(body) == nil)
        #expect(FactsBody.read(Array(body.utf8), schema: Self.schema) == Self.full(body))
    }
}
