/// What erasing a person did: the disposal of their own records, and where the store looked for
/// their name in other people's records, with what it did there.
public struct Erasure: Sendable, Hashable {
    /// One column searched.
    public struct Place: Sendable, Hashable {
        /// `table.column`, as in the schema.
        public var column: String
        /// What the column holds, in words.
        public var holds: String
        public var action: Action
        /// Rows acted on (or, for free text, rows that mention the name).
        public var count: Int
    }

    /// What erasure does to a column that holds the name.
    public enum Action: String, Sendable, Hashable {
        /// The name is replaced by the erased person's pseudonym.
        case replaced
        /// The column links to the person by id; the link is removed with the person.
        case unlinked
        /// Free text that mentions the name; left as written (it may be signed or chained) and
        /// reported, for a person to review.
        case mentioned
    }

    /// The chained log of the records removed, which also holds the replacements.
    public var disposal: Disposal
    /// What stands for the person in others' records from now on.
    public var pseudonym: String
    /// Every column searched, in schema order, found or not.
    public var places: [Place]
}
