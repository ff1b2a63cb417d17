import Crypto
import Foundation
import GRDB

extension RecordStore {
    /// Stores a scenario file's exact bytes under their SHA-256, once: storing the same bytes
    /// again does nothing. Refuses bytes that do not hash to `sha256`.
    public func storeScenarioSource(sha256: String, scenarioID: String, bytes: Data) throws {
        let source = try ScenarioSource(checking: sha256, scenarioID: scenarioID, bytes: bytes)
        try writer.write { db in
            try source.insert(db, onConflict: .ignore)
        }
    }

    /// The scenario file's bytes stored under `sha256`, or nil if none were.
    public func scenarioSource(sha256: String) throws -> Data? {
        try writer.read { db in
            try ScenarioSource.fetchOne(db, key: sha256.lowercased())?.bytes
        }
    }
}

extension ScenarioSource {
    /// A source whose hash is checked: a wrong hash would make a transcript replay against
    /// the wrong scenario, silently.
    init(checking sha256: String, scenarioID: String, bytes: Data) throws {
        let expected = sha256.lowercased()
        let actual = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        guard actual == expected else {
            throw RecordError.hashMismatch(expected: expected, actual: actual)
        }
        self.init(sha256: expected, scenarioID: scenarioID, bytes: bytes)
    }
}
