extension Attempt {
    /// How the attempt was played; only `assessment` can later be signed off.
    public enum Mode: String, Codable, Sendable, Hashable, CaseIterable {
        case practice, assessment, supervision
    }
}
