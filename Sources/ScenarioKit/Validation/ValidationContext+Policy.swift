import Foundation
import ThresholdEngine

extension ValidationContext {
    /// Scenarios checked against `policy`: its schema, and its decision for `SD062`. The decision's
    /// clock only moves deadlines, which this check ignores, so any fixed time will do.
    public init(policy: Policy, rubrics: Set<String>?) {
        self.init(schema: policy.schema, rubrics: rubrics) { facts in
            policy.decide(facts, at: Date(timeIntervalSince1970: 0)).escalations.filter { $0.status != .notRequired }.map(\.id)
        }
    }
}
