import Foundation
import ThresholdEngine

extension RecordStore {
    /// Stores a live decision as `assess` and `serve` keep it: the facts as sorted JSON of
    /// their written values, the report exactly as `assess --json` prints it.
    @discardableResult
    public func recordDecision(_ decision: Decision, facts: Facts, recorder: String) throws -> RecordedDecision {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let factsJSON = String(decoding: try encoder.encode(facts.values.mapValues(\.text)), as: UTF8.self)
        return try recordDecision(
            recorder: recorder, policySHA256: decision.policy.sha256, factsJSON: factsJSON,
            reportJSON: decision.report.json(), at: decision.clock)
    }
}
