/// What deciding leaves behind: each rule's truth and each escalation's status. Everything else a
/// decision shows (deadlines, reasons, facts to find out) is worked out from these when asked.
///
/// Packed into words for policies of up to 64 rules and 32 escalations, so that deciding allocates
/// nothing; larger policies keep the rest in arrays.
@usableFromInline
struct DecisionTrace: Sendable {
    /// Bit *r* is set when rule *r* is true.
    @usableFromInline var fired: UInt64 = 0
    /// Bit *r* is set when rule *r* is unknown.
    @usableFromInline var unknown: UInt64 = 0
    /// Escalation *e*'s status strength (0 not required, 1 consult, 2 required) in bits `2e...2e+1`.
    @usableFromInline var statuses: UInt64 = 0
    /// Rule truth codes and escalation strengths, for policies too large for the words.
    @usableFromInline var large: (truths: [UInt8], statuses: [UInt8])?

    static let packedRules = 64, packedEscalations = 32

    /// Packs the codes a decision program wrote: truths 0/1/2 per rule, outcome keys per escalation.
    init(truths: UnsafeBufferPointer<UInt8>, keys: UnsafeBufferPointer<UInt64>) {
        guard truths.count <= Self.packedRules, keys.count <= Self.packedEscalations else {
            large = (Array(truths), keys.map { UInt8(truncatingIfNeeded: $0 >> 32) })
            return
        }
        for (rule, truth) in truths.enumerated() {
            fired |= UInt64(truth >> 1) << UInt64(rule)
            unknown |= UInt64(truth & 1) << UInt64(rule)
        }
        for (escalation, key) in keys.enumerated() {
            statuses |= (key >> 32) << UInt64(2 * escalation)
        }
    }

    @inlinable
    func status(ofEscalation index: Int) -> EscalationStatus {
        let strength = large.map { $0.statuses[index] } ?? UInt8(truncatingIfNeeded: statuses >> UInt64(2 * index) & 3)
        return strength == 2 ? .required : strength == 1 ? .consult : .notRequired
    }

    func truth(ofRule index: Int) -> Truth {
        if let large { return Truth(code: large.truths[index]) }
        return fired >> UInt64(index) & 1 == 1 ? .true : unknown >> UInt64(index) & 1 == 1 ? .unknown : .false
    }
}
