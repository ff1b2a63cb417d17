import Foundation

extension Decision {
    /// The one unknown fact to ask about to settle an escalation that is only `consult`: the first
    /// (in schema order) whose every answer takes the escalation out of `consult`, else the one whose
    /// answers settle it most often; nil when the escalation is not `consult` or nothing would settle it.
    public func settlingFact(for escalation: EscalationDecision) -> FactDefinition? {
        guard escalation.status == .consult, let position = policy.escalations.firstIndex(where: { $0.id == escalation.id }) else { return nil }
        var best: (definition: FactDefinition, settled: Int)?
        for id in escalation.findOut {
            guard let slot = policy.schema.slot(of: id) else { continue }
            let definition = policy.schema.definitions[slot]
            let values = FactInterview.candidateValues(for: definition, in: policy)
            let settled = values.count(where: { value in
                var trial = facts
                trial.values[slot] = value
                return policy.decide(trial, at: clock).status(at: position) != .consult
            })
            if !values.isEmpty, settled == values.count { return definition }
            if settled > (best?.settled ?? 0) { best = (definition, settled) }
        }
        return best?.definition ?? escalation.findOut.first.flatMap { policy.schema[$0] }
    }
}
