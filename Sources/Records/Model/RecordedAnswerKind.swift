extension RecordedAnswer {
    /// The kind of node answered, or `back` for a step back in practice mode; replay needs both.
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        case choice, escalate, disclose, record, back
    }
}
