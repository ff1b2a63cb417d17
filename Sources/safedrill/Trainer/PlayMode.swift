import ArgumentParser

/// How an attempt is played.
enum PlayMode: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Feedback after each answer; `back` and `hint` allowed.
    case practice
    /// No feedback, hints or going back until the end; the only mode that can be signed off.
    case assessment
    /// A supervisor is named, discussion prompts are shown, notes and score overrides allowed.
    case supervision

    var showsFeedback: Bool { self != .assessment }
    var allowsBack: Bool { self == .practice }
    var allowsHints: Bool { self == .practice }
    var showsPrompts: Bool { self == .supervision }
}
