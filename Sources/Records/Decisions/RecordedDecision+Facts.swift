import Foundation
import ThresholdEngine

extension RecordedDecision {
    /// The facts the decision was made on, read back for `policy`; nil when they no longer fit it.
    public func facts(on policy: Policy) -> Facts? {
        guard let written = try? JSONDecoder().decode([String: String].self, from: Data(factsJSON.utf8)) else { return nil }
        var facts = Facts()
        for (id, text) in written {
            guard let definition = policy.schema[id], let value = FactValue.read(text, as: definition) else { return nil }
            facts[id] = value
        }
        return facts
    }
}
