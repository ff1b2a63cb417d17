/// An escalation's outcome as one number, so collecting outcomes is a maximum: the status in the high
/// half, and in the low half a value that is larger for an earlier deadline. 0 is not required.
enum OutcomeKey {
    @inline(__always)
    static func make(strength: UInt8, urgency: Int) -> UInt64 {
        UInt64(strength) << 32 | UInt64(UInt32.max - UInt32(clamping: urgency))
    }
}
