import Foundation
import Testing
import ThresholdEngine

/// Every golden case of the bundled policy sent to `safedrill serve` as JSON: the body must be byte for
/// byte what `safedrill assess --facts FILE --json` prints for the same facts (every case gives
/// `aware_at`, so no deadline depends on the clock).
@Suite("serve and assess agree on the golden cases", .serialized)
struct ServeGoldenCaseTests {
    @Test func everyGoldenCaseIsDecidedAsAssessPrintsIt() async throws {
        let scoring = SafeDrillProcess.projectRoot.appendingPathComponent("Scoring")
        let policy = try Policy.load(path: scoring.appendingPathComponent("thresholds.yaml").path)
        let suite = try PolicyTestSuite.load(path: scoring.appendingPathComponent("thresholds.tests.yaml").path, policy: policy)
        #expect(suite.cases.count >= 25)
        let server = try ServeProcess()
        let file = server.folder.appendingPathComponent("facts.json")
        for testCase in suite.cases {
            let body = Self.json(testCase.facts)
            try body.write(to: file, atomically: true, encoding: .utf8)
            let assess = try SafeDrillProcess.run(["assess", "--facts", file.path, "--json", "--no-record"])
            #expect(assess.status == 0, "\(testCase.name): \(assess.stderr)")
            let response = try await server.decide(body)
            #expect(response.status == 200, "\(testCase.name)")
            #expect(String(decoding: response.body, as: UTF8.self) == assess.stdout, "\(testCase.name)")
        }
    }

    /// Facts as the JSON object a case-management system sends.
    static func json(_ facts: Facts) -> String {
        "{" + facts.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \(json($0.value))" }.joined(separator: ", ") + "}"
    }

    static func json(_ value: FactValue) -> String {
        switch value {
        case .bool, .number: value.text
        case .word(let word): "\"\(word)\""
        case .set(let members): "[" + members.sorted().map { "\"\($0)\"" }.joined(separator: ", ") + "]"
        case .datetime: "\"\(value.text)\""
        }
    }
}
