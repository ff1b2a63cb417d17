/// Something the attempt's mode or state does not allow now (`back` in assessment, a note outside
/// supervision): nothing is stored, the trainee is told why and answers on.
public struct Refusal: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
