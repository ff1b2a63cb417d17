/// An attempt that cannot be started, resumed, continued or finished, with a message that says why
/// and what to do: printed, never a crash.
public struct TrainingFailure: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
