extension Person {
    /// What a person does in training; kept as first registered, so a trainee who later
    /// supervises is not silently promoted by typing a different role.
    public enum Role: String, Codable, Sendable, Hashable, CaseIterable {
        case trainee, supervisor, assessor, lead, manager

        /// May supervise or assess an attempt and sign off competence: supervisors, assessors and
        /// training leads. Managers endorse keys and record live decisions, but do not sign off.
        public var maySupervise: Bool {
            [.supervisor, .assessor, .lead].contains(self)
        }
    }
}
