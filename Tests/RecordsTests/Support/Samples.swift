import Crypto
import Foundation
import Records
import ThresholdEngine

/// Small, realistic inputs for the tests.
enum Samples {
    static let scenarioBytes = Data("format: safedrill/1\nid: scam-link\ntitle: A link in a text\n".utf8)

    static let policySHA256 = String(repeating: "a", count: 64)
    static let rubricsSHA256 = String(repeating: "b", count: 64)

    /// 1 March 2026 09:00 UTC plus `seconds`.
    static func time(_ seconds: Double = 0) -> Date {
        Date(timeIntervalSince1970: 1_772_355_600 + seconds)
    }

    static func newAttempt(
        by person: String = "A Trainee", scenario: String = "scam-link",
        bytes: Data = scenarioBytes, mode: Attempt.Mode = .practice, at: Date = time()
    ) -> NewAttempt {
        NewAttempt(
            personName: person, personRole: .trainee, scenarioID: scenario,
            scenarioSHA256: ContentHash.sha256(bytes), scenarioBytes: bytes,
            policySHA256: policySHA256, rubricsSHA256: rubricsSHA256,
            mode: mode, supervisor: mode == .supervision ? supervisor : nil, at: at)
    }

    /// Who supervises the supervision-mode attempts of `newAttempt`.
    static let supervisor = "S Supervisor"

    /// Registers `supervisor` with that role: a supervisor must be registered before they supervise.
    static func registerSupervisor(in store: RecordStore) throws {
        _ = try store.person(named: supervisor, role: .supervisor)
    }

    /// Registers a fresh registration key (as `keys init` does) in `store` and returns its private half.
    static func registration(_ store: RecordStore, at: Date = time()) throws -> Curve25519.Signing.PrivateKey {
        let key = Curve25519.Signing.PrivateKey()
        try store.registerProvider(publicKey: key.publicKey.rawRepresentation, at: at)
        return key
    }
}
