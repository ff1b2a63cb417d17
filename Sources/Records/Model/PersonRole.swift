extension Person {
    /// What a person does in training; kept as first registered, so a trainee who later
    /// supervises is not silently promoted by typing a different role.
    public enum Role: String, Codable, Sendable, Hashable, CaseIterable {
        case trainee, supervisor, assessor, lead, manager
    }
}
