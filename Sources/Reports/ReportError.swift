/// Why a report could not be made.
public enum ReportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The output file could not be created or written.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): "cannot write the report to \(path): \(reason)"
        }
    }
}
