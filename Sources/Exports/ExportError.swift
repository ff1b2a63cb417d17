/// Why an export could not be made. Each names the record at fault.
public enum ExportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The attempt's stored result is not a result the scorer wrote.
    case unreadableResult(attemptID: String)
    /// The attempt's scenario source is not in the store.
    case missingScenarioSource(attemptID: String, sha256: String)
    /// The stored scenario source no longer loads (for example, it uses a fact the policy dropped).
    case unreadableScenario(attemptID: String, problems: String)

    public var description: String {
        switch self {
        case .unreadableResult(let id):
            "the result of attempt \(id) cannot be read: it was not written by the scorer"
        case .missingScenarioSource(let id, let sha256):
            "the scenario source \(sha256.prefix(12)) of attempt \(id) is missing from the records"
        case .unreadableScenario(let id, let problems):
            "the scenario attempt \(id) was played on no longer loads: \(problems)"
        }
    }
}
