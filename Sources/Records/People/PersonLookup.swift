/// What a name typed at a prompt or on the command line stands for.
public enum PersonLookup: Sendable, Hashable {
    /// The one person it names: by `Person.comparisonKey(_:)`, by staff number, or by a unique
    /// prefix of at least `PersonLookup.shortestPrefix` characters.
    case found(Person)
    /// Several people's names start with it.
    case ambiguous([Person])
    /// No one; `suggestions` are the close names (small edit distance, or sharing a word).
    case unknown(suggestions: [Person])

    /// A shorter prefix than this never finds anyone: "a" or "sa" is too likely to be someone else.
    public static let shortestPrefix = 3

    /// The person found, or the refusal that names the suggestions or candidates.
    public func person(typed name: String) throws(PeopleError) -> Person {
        switch self {
        case .found(let person): return person
        case .ambiguous(let people): throw .ambiguous(name, candidates: people.map(\.name))
        case .unknown(let suggestions): throw .unknown(name, suggestions: suggestions.map(\.name))
        }
    }
}
