/// What a trainee answered at one node, in canonical form (ids, not the numbers typed), so a stored
/// answer replays the same even if the display order changes.
public enum Answer: Sendable, Hashable {
    case choice(String)
    /// Escalation ids chosen, possibly none.
    case escalate(Set<String>)
    /// Disclosure item ids shared, possibly none.
    case disclose(Set<String>)
    case record(String)

    /// The stored kind: `choice`, `escalate`, `disclose` or `record`.
    public var kind: String {
        switch self {
        case .choice: "choice"
        case .escalate: "escalate"
        case .disclose: "disclose"
        case .record: "record"
        }
    }

    /// The stored input: a choice id, sorted ids joined by commas, or the record text as written.
    public var input: String {
        switch self {
        case .choice(let id): id
        case .escalate(let ids), .disclose(let ids): ids.sorted().joined(separator: ",")
        case .record(let text): text
        }
    }

    /// Rebuilds an answer from its stored kind and input; nil for an unknown kind.
    public init?(kind: String, input: String) {
        let ids = Set(input.split(separator: ",").map(String.init))
        switch kind {
        case "choice": self = .choice(input)
        case "escalate": self = .escalate(ids)
        case "disclose": self = .disclose(ids)
        case "record": self = .record(input)
        default: return nil
        }
    }
}
