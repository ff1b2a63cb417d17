import Records

/// Counted attempts split by the mode they were played in.
///
/// Only assessment attempts judge competence: practice gives feedback, hints and a way back after
/// each answer, and a supervision attempt is a discussion, so every pass rate and Competent count
/// in the team report comes from `assessment` alone. Practice and supervision are counted beside it.
public struct ModeSplit: Sendable, Hashable {
    private var figures: [Attempt.Mode: ModeFigures] = [:]

    /// No attempts in any mode.
    public init() {}

    /// The figures of one mode; `.none` when no attempt was played in it.
    public subscript(mode: Attempt.Mode) -> ModeFigures {
        get { figures[mode] ?? .none }
        set { figures[mode] = newValue }
    }

    /// The attempts that judge competence.
    public var assessment: ModeFigures { self[.assessment] }

    /// Attempts in every mode.
    public var attempts: Int { figures.values.reduce(0) { $0 + $1.attempts } }

    /// Both splits together, mode by mode.
    public static func + (lhs: ModeSplit, rhs: ModeSplit) -> ModeSplit {
        var sum = lhs
        for mode in Attempt.Mode.allCases { sum[mode] = lhs[mode] + rhs[mode] }
        return sum
    }
}
