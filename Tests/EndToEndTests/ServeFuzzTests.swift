import Foundation
import Testing

/// Hostile bodies against `POST /v1/decisions`: never a 5xx, never a crash, and the server still
/// answers a good request afterwards.
@Suite("serve fuzz")
struct ServeFuzzTests {
    @Test func malformedBodiesNeverBreakTheServer() async throws {
        let server = try ServeProcess()
        var generator = SeededGenerator(seed: 15)
        var bodies: [Data] = []
        for _ in 0..<120 {
            let length = Int.random(in: 0...512, using: &generator)
            bodies.append(Data((0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }))
        }
        for depth in [9, 64, 1000, 20_000] {
            bodies.append(Data((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8))
            bodies.append(Data((String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)).utf8))
        }
        bodies.append(Data(("{\"aware_at\": \"" + String(repeating: "9", count: 60_000) + "\"}").utf8))
        bodies.append(Data(("{\"" + String(repeating: "k", count: 60_000) + "\": 1}").utf8))
        let facts = ["imminent_harm", "distress", "abuse_types", "aware_at", "financial_loss_gbp", "alleged_perpetrator"]
        let values = ["true", "1", "-1e309", "1e309", "\"\"", "null", "[]", "{}", "[[]]", "[null]", "\"\\u0000\"", "[\"financial\", 1]",
                      "\"2026-13-45T99:99:99Z\"", "\"significant\"", "[\"financial\",\"financial\"]", "0.1e-400", "\"\\ud800\""]
        for fact in facts {
            for value in values { bodies.append(Data("{\"\(fact)\": \(value)}".utf8)) }
        }
        let fragments = ["{", "}", "[", "]", ",", ":", "\"", "\\", "true", "null", "1", "\"imminent_harm\"", " ", "\t", "\n", "#", "&", "*a", "!!str", "---"]
        for _ in 0..<120 {
            let count = Int.random(in: 1...30, using: &generator)
            bodies.append(Data((0..<count).map { _ in fragments.randomElement(using: &generator) ?? "" }.joined().utf8))
        }
        #expect(bodies.count >= 300)
        for body in bodies {
            let response = try await server.send("POST", "/v1/decisions", body: body, headers: ["Content-Type": "application/json"])
            #expect(response.status < 500, "\(String(decoding: body.prefix(60), as: UTF8.self))")
            if response.status >= 400 {
                let object = try? JSONSerialization.jsonObject(with: response.body) as? [String: [String: String]]
                #expect(object?["error"]?["code"] != nil)
            }
        }
        #expect(server.isRunning)
        let good = try await server.decide(ServeTests.facts)
        #expect(good.status == 200)
    }
}

/// A small deterministic generator (SplitMix64) so a failing body can be found again.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
