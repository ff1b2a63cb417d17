/// How an attempt is played.
public enum PlayMode: String, CaseIterable, Sendable {
    /// Feedback after each answer; `back` and `hint` allowed.
    case practice
    /// No feedback, hints or going back until the end; the only mode that can be signed off.
    case assessment
    /// A supervisor is named, discussion prompts are shown, notes and score overrides allowed.
    case supervision

    public var showsFeedback: Bool { self != .assessment }
    public var allowsBack: Bool { self == .practice }
    public var allowsHints: Bool { self == .practice }
    public var showsPrompts: Bool { self == .supervision }
}
