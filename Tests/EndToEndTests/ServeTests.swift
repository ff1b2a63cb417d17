import Foundation
import Testing

/// `safedrill serve` as a case-management system sees it: the built binary, real HTTP on loopback.
@Suite("serve over HTTP", .serialized)
struct ServeTests {
    static let facts = #"{"imminent_harm": true, "care_and_support_needs": true, "aware_at": "2026-03-14T02:10:00Z"}"#

    @Test func aDecisionIsByteForByteWhatAssessPrints() async throws {
        let server = try ServeProcess()
        let file = server.folder.appendingPathComponent("facts.json")
        try Self.facts.write(to: file, atomically: true, encoding: .utf8)
        let assess = try SafeDrillProcess.run(["assess", "--facts", file.path, "--json", "--no-record"])
        #expect(assess.status == 0)
        let response = try await server.decide(Self.facts)
        #expect(response.status == 200)
        #expect(String(decoding: response.body, as: UTF8.self) == assess.stdout)
        #expect(response.headers["content-type"]?.hasPrefix("application/json") == true)
        try Self.expectConforms(response, "POST", "/v1/decisions")
    }

    @Test func recordingNeedsAValidTokenAndTheRecordsVerify() async throws {
        let server = try ServeProcess()
        let refused = try await server.decide(Self.facts, query: "?record=true")
        #expect(refused.status == 401)
        try Self.expectError(refused, code: "unauthorized")
        let made = try SafeDrillProcess.run(["tokens", "new", "--as", "Mo Manager", "--db", server.db])
        #expect(made.status == 0, "\(made.stderr)")
        let token = made.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let kept = try await server.decide(Self.facts, query: "?record=true", token: token)
        #expect(kept.status == 201)
        #expect(kept.headers["safedrill-decision-id"] != nil)
        try Self.expectConforms(kept, "POST", "/v1/decisions")
        let wrong = try await server.decide(Self.facts, query: "?record=true", token: "sdt_not-a-token")
        #expect(wrong.status == 401)
        let verify = try SafeDrillProcess.run(["records", "verify", "--db", server.db])
        #expect(verify.status == 0)
        #expect(verify.stdout.contains("1 records in the chain"))
        let list = try SafeDrillProcess.run(["tokens", "list", "--db", server.db])
        #expect(list.stdout.contains("Mo Manager"))
        #expect(!list.stdout.contains(token))
        let id = try #require(list.stdout.split(separator: " ").first.map(String.init))
        #expect(try SafeDrillProcess.run(["tokens", "revoke", id, "--db", server.db]).status == 0)
        let revoked = try await server.decide(Self.facts, query: "?record=true", token: token)
        #expect(revoked.status == 401)
    }

    @Test func mistakesGetAStableCodeAndWhereTheyAre() async throws {
        let server = try ServeProcess()
        let cases: [(String, Int, String, String)] = [
            (#"{"nope": 1}"#, 400, "unknown_fact", "nope"),
            (#"{"imminent_harm": "yes"}"#, 400, "wrong_type", "imminent_harm"),
            (#"{"distress": "huge"}"#, 400, "bad_fact_value", "distress"),
            (#"{"imminent_harm": tru"#, 400, "malformed_json", "$"),
            (String(repeating: " ", count: 70_000), 413, "body_too_large", "$"),
        ]
        for (body, status, code, at) in cases {
            let response = try await server.decide(body)
            #expect(response.status == status, "\(body.prefix(40))")
            try Self.expectError(response, code: code, at: at)
            try Self.expectConforms(response, "POST", "/v1/decisions")
        }
        let badParameter = try await server.decide("{}", query: "?record=maybe")
        try Self.expectError(badParameter, code: "bad_parameter", at: "record")
        let missing = try await server.send("GET", "/v2/nothing")
        #expect(missing.status == 404)
        try Self.expectError(missing, code: "not_found")
    }

    @Test func thePolicyAndTheOpenAPIDocumentAreServedAsDocumented() async throws {
        let server = try ServeProcess()
        let policy = try await server.send("GET", "/v1/policy")
        #expect(policy.status == 200)
        try Self.expectConforms(policy, "GET", "/v1/policy")
        let document = try await server.send("GET", "/openapi.json")
        #expect(document.status == 200)
        let contract = try OpenAPIContract()
        #expect(try JSONSerialization.jsonObject(with: document.body) as? NSDictionary == contract.document as NSDictionary)
        // Every documented path answers (captures filled in); none is a 5xx.
        for (path, item) in contract.paths {
            for method in item.keys where ["get", "post"].contains(method) {
                let concrete = path.replacingOccurrences(of: "{session}", with: "0000")
                let response = try await server.send(method.uppercased(), concrete, body: method == "post" ? Data("{}".utf8) : nil)
                #expect(response.status != 404 || path.contains("{"), "\(method) \(path) is not served")
                #expect(response.status < 500)
            }
        }
    }

    @Test func theAccessLogHoldsNoIncidentDetailsAndSIGTERMStopsCleanly() async throws {
        let server = try ServeProcess()
        _ = try await server.decide(#"{"abuse_types": ["financial"], "distress": "significant"}"#, query: "?secret=Jane")
        _ = try await server.send("GET", "/")
        let status = try server.stop()
        #expect(status == 0)
        let log = server.output
        #expect(log.contains("POST /v1/decisions 200"))
        let accessLines = log.split(separator: "\n").filter { $0.contains("[Service]") }
        #expect(accessLines.count >= 2)
        for detail in ["financial", "significant", "Jane", "secret", "Bearer"] {
            #expect(!accessLines.contains { $0.contains(detail) }, "\(detail) in the access log")
        }
    }

    static func expectError(_ response: (status: Int, headers: [String: String], body: Data), code: String, at: String? = nil) throws {
        let object = try #require(try JSONSerialization.jsonObject(with: response.body) as? [String: [String: String]])
        #expect(object["error"]?["code"] == code)
        #expect(object["error"]?["message"]?.isEmpty == false)
        if let at { #expect(object["error"]?["at"] == at) }
    }

    static func expectConforms(_ response: (status: Int, headers: [String: String], body: Data), _ method: String, _ path: String) throws {
        let contract = try OpenAPIContract()
        let schema = try #require(contract.responseSchema(method, path, status: response.status), "\(method) \(path) \(response.status) is not documented")
        let value = try JSONSerialization.jsonObject(with: response.body)
        #expect(contract.problems(value, schema) == [])
    }
}
